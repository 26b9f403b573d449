__bs_search.shard("st",{"t":[["state",3,845,"1v2g1l"],
["statement",1,1234,"4v"],
["step",1,1809,"4v"],
["still",1,1234,"4v"],
["street",1,2049,"2v"],
["stress",1,2142,"0v"]]});
