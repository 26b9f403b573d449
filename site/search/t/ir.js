__bs_search.shard("ir",{"t":[["iraq",1,969,"3v"]]});
