__bs_search.shard("la",{"t":[["laptop",1,954,"3v"],
["lavrov",2,814,"3p1v"],
["law",1,1217,"4v"],
["lawfulleg",1,1865,"1v"]]});
