__bs_search.shard("du",{"t":[["dure",2,814,"3p1v"]]});
