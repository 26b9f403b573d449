__bs_search.shard("bl",{"t":[["blow",1,954,"3v"]]});
