__bs_search.shard("gu",{"t":[["guard",1,1508,"3v"]]});
