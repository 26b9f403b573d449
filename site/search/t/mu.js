__bs_search.shard("mu",{"t":[["much",1,2132,"0v"]]});
