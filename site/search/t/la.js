__bs_search.shard("la",{"t":[["laptop",1,969,"3v"],
["lavrov",2,825,"3p1v"],
["law",1,1234,"4v"],
["lawfulleg",1,1879,"1v"]]});
