__bs_search.shard("ro",{"t":[["room",1,1812,"1v"]]});
