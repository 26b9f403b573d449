__bs_search.shard("cr",{"t":[["credit",1,1891,"5v"],
["crisi",1,1865,"1v"],
["critic",1,954,"3v"],
["criticis",2,814,"3p1v"]]});
