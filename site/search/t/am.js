__bs_search.shard("am",{"t":[["ambassador",2,1008,"3v1q"]]});
