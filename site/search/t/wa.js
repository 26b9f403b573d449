__bs_search.shard("wa",{"t":[["want",2,1432,"1r3v"],
["washington",4,614,"0v1r2r1r"],
["wasnt",1,1812,"1v"]]});
