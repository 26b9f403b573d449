__bs_search.shard("go",{"t":[["gone",1,969,"3v"],
["govern",4,614,"0v1r2m1i"]]});
