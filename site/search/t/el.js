__bs_search.shard("el",{"t":[["element",1,969,"3v"]]});
