__bs_search.shard("hr",{"t":[["hr",2,814,"3p1v"]]});
