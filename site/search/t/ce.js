__bs_search.shard("ce",{"t":[["centuri",1,2851,"2v"]]});
