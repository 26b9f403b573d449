__bs_search.shard("su",{"t":[["subfold",1,1891,"5v"],
["such",1,1891,"5v"],
["summari",1,2427,"5v"]]});
