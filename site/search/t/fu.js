__bs_search.shard("fu",{"t":[["full",1,1879,"1v"]]});
