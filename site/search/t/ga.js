__bs_search.shard("ga",{"t":[["gather",1,954,"3v"]]});
