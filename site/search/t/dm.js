__bs_search.shard("dm",{"t":[["dmitri",1,1234,"4v"]]});
