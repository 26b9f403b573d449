__bs_search.shard("fr",{"t":[["free",1,2049,"2v"],
["front",1,2438,"5v"]]});
