__bs_search.shard("ha",{"t":[["hard",1,954,"3v"],
["hardest",1,2038,"2v"]]});
