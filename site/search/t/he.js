__bs_search.shard("he",{"t":[["headlin",1,2427,"5v"],
["help",1,954,"3v"]]});
