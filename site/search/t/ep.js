__bs_search.shard("ep",{"t":[["episod",1,1879,"1v"]]});
