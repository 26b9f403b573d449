__bs_search.shard("kr",{"t":[["kremlin",1,1234,"4v"]]});
