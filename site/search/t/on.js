__bs_search.shard("on",{"t":[["on",4,696,"0s1o2j2v"],
["onli",1,954,"3v"],
["onlin",1,2038,"2v"]]});
