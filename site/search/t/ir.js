__bs_search.shard("ir",{"t":[["iraq",1,954,"3v"]]});
