__bs_search.shard("st",{"t":[["state",3,1063,"1v2d1g"],
["statement",1,1234,"4v"],
["statu",1,1812,"1v"],
["step",1,1809,"4v"],
["still",1,1234,"4v"],
["street",1,2049,"2v"],
["stress",1,2142,"0v"]]});
