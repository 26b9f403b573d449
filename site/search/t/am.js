__bs_search.shard("am",{"t":[["ambassador",2,995,"3v1q"]]});
