__bs_search.shard("ge",{"t":[["get",1,969,"3v"]]});
