__bs_search.shard("mc",{"t":[["mcmaster",2,814,"3p1v"]]});
