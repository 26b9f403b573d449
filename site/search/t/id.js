__bs_search.shard("id",{"t":[["identifi",1,954,"3v"]]});
