__bs_search.shard("he",{"t":[["headlin",1,2438,"5v"],
["help",1,969,"3v"]]});
