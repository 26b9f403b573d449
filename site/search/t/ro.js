__bs_search.shard("ro",{"t":[["room",1,1865,"1v"]]});
