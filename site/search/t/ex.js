__bs_search.shard("ex",{"t":[["exactli",1,1904,"5v"],
["exampl",2,1858,"1k4v"],
["exchang",1,969,"3v"],
["expert",1,1812,"1v"],
["export",1,1904,"5v"]]});
