__bs_search.shard("du",{"t":[["dure",2,825,"3p1v"]]});
