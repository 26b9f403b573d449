__bs_search.shard("ep",{"t":[["episod",1,1865,"1v"]]});
