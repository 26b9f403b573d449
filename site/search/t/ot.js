__bs_search.shard("ot",{"t":[["other",1,1891,"5v"]]});
