__bs_search.shard("fr",{"t":[["free",1,2038,"2v"],
["front",1,2427,"5v"]]});
