__bs_search.shard("bo",{"t":[["boast",1,954,"3v"],
["book",1,954,"3v"]]});
