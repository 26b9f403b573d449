__bs_search.shard("le",{"t":[["lead",2,1362,"2v1e"],
["leak",1,1217,"4v"],
["learn",1,1488,"3v"],
["leav",1,1891,"5v"],
["level",1,954,"3v"]]});
