__bs_search.shard("cr",{"t":[["credit",1,1904,"5v"],
["crisi",1,1812,"1v"],
["critic",1,969,"3v"],
["criticis",2,825,"3p1v"]]});
