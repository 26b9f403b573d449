__bs_search.shard("fb",{"t":[["fbi",1,954,"3v"]]});
