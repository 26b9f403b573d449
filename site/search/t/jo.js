__bs_search.shard("jo",{"t":[["journalist",1,969,"3v"]]});
