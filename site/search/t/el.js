__bs_search.shard("el",{"t":[["element",1,954,"3v"]]});
