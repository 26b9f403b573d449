__bs_search.shard("ai",{"t":[["aircraft",1,969,"3v"],
["airlin",1,1809,"4v"]]});
