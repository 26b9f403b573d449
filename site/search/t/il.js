__bs_search.shard("il",{"t":[["illeg",1,954,"3v"]]});
