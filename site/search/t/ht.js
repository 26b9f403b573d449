__bs_search.shard("ht",{"t":[["http",1,1812,"1v"]]});
