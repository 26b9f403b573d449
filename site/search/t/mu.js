__bs_search.shard("mu",{"t":[["much",1,2142,"0v"]]});
