__bs_search.shard("ge",{"t":[["get",1,954,"3v"]]});
