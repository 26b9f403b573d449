__bs_search.shard("bl",{"t":[["blow",1,969,"3v"]]});
