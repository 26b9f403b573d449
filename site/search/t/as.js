__bs_search.shard("as",{"t":[["ask",1,954,"3v"],
["aspect",1,954,"3v"]]});
