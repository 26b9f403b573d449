__bs_search.shard("ac",{"t":[["access",1,969,"3v"],
["accord",2,1008,"3v1q"],
["action",1,1234,"4v"]]});
