__bs_search.shard("eu",{"t":[["european",1,2132,"0v"]]});
