__bs_search.shard("ha",{"t":[["hard",1,969,"3v"],
["hardest",1,2049,"2v"]]});
