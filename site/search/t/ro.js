__bs_search.shard("ro",{"t":[["room",1,1879,"1v"]]});
