__bs_search.shard("ac",{"t":[["access",1,954,"3v"],
["accord",2,995,"3v1q"],
["action",1,1217,"4v"]]});
