__bs_search.shard("pl",{"t":[["place",1,969,"3v"],
["plot",3,964,"0v1r2e"],
["plu",1,1234,"4v"]]});
