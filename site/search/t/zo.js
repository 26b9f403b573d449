__bs_search.shard("zo",{"t":[["zone",1,1891,"5v"]]});
