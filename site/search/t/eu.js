__bs_search.shard("eu",{"t":[["european",1,2142,"0v"]]});
