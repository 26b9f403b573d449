__bs_search.shard("fb",{"t":[["fbi",1,969,"3v"]]});
