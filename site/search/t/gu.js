__bs_search.shard("gu",{"t":[["guard",1,1488,"3v"]]});
