__bs_search.shard("cu",{"t":[["currenc",1,2142,"0v"],
["current",1,969,"3v"]]});
