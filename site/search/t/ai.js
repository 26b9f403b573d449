__bs_search.shard("ai",{"t":[["aircraft",1,954,"3v"],
["airlin",1,1791,"4v"]]});
