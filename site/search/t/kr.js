__bs_search.shard("kr",{"t":[["kremlin",1,1217,"4v"]]});
