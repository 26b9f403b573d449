__bs_search.shard("cu",{"t":[["currenc",1,2132,"0v"],
["current",1,954,"3v"]]});
