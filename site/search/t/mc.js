__bs_search.shard("mc",{"t":[["mcmaster",2,825,"3p1v"]]});
