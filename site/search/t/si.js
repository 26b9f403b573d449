__bs_search.shard("si",{"t":[["sinc",1,2038,"2v"],
["six",1,2038,"2v"]]});
