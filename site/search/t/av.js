__bs_search.shard("av",{"t":[["aviat",2,814,"3p1v"]]});
