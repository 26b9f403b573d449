__bs_search.shard("jo",{"t":[["journalist",1,954,"3v"]]});
