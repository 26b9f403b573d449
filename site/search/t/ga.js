__bs_search.shard("ga",{"t":[["gather",1,969,"3v"]]});
