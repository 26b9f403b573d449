__bs_search.shard("pl",{"t":[["place",1,954,"3v"],
["plot",3,959,"0v1r2e"],
["plu",1,1217,"4v"]]});
