__bs_search.shard("go",{"t":[["gone",1,954,"3v"],
["govern",4,612,"0v1r2m1i"]]});
