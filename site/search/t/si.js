__bs_search.shard("si",{"t":[["sinc",1,2049,"2v"],
["six",1,2049,"2v"]]});
