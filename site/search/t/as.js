__bs_search.shard("as",{"t":[["ask",1,969,"3v"],
["aspect",1,969,"3v"]]});
