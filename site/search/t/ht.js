__bs_search.shard("ht",{"t":[["http",1,1879,"1v"]]});
