__bs_search.shard("ht",{"t":[["http",1,1865,"1v"]]});
