__bs_search.shard("av",{"t":[["aviat",2,825,"3p1v"]]});
