__bs_search.shard("il",{"t":[["illeg",1,969,"3v"]]});
