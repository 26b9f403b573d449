__bs_search.shard("fu",{"t":[["full",1,1865,"1v"]]});
