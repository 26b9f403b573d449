__bs_search.shard("la",{"t":[["laptop",1,969,"3v"],
["lavrov",2,825,"3p1v"],
["law",2,1211,"1v3l"]]});
