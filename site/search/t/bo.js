__bs_search.shard("bo",{"t":[["boast",1,969,"3v"],
["book",1,969,"3v"]]});
