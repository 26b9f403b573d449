__bs_search.shard("ex",{"t":[["exactli",1,1891,"5v"],
["exampl",2,1858,"1l4v"],
["exchang",1,954,"3v"],
["expertsbroadli",1,1865,"1v"],
["export",1,1891,"5v"]]});
