__bs_search.shard("hr",{"t":[["hr",2,825,"3p1v"]]});
