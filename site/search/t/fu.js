__bs_search.shard("fu",{"t":[["full",1,1812,"1v"]]});
