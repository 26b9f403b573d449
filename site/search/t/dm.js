__bs_search.shard("dm",{"t":[["dmitri",1,1217,"4v"]]});
