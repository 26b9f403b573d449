__bs_search.shard("ex",{"t":[["exactli",1,1904,"5v"],
["exampl",2,1858,"1l4v"],
["exchang",1,969,"3v"],
["expertsbroadli",1,1879,"1v"],
["export",1,1904,"5v"]]});
