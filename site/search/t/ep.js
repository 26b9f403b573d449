__bs_search.shard("ep",{"t":[["episod",1,1812,"1v"]]});
