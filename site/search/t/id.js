__bs_search.shard("id",{"t":[["identifi",1,969,"3v"]]});
