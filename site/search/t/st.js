__bs_search.shard("st",{"t":[["state",3,839,"1v2g1k"],
["statement",1,1217,"4v"],
["step",1,1791,"4v"],
["still",1,1217,"4v"],
["street",1,2038,"2v"],
["stress",1,2132,"0v"]]});
