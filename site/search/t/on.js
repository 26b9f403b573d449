__bs_search.shard("on",{"t":[["on",4,699,"0s1n2j2v"],
["onli",1,969,"3v"],
["onlin",1,2049,"2v"]]});
