__bs_search.shard("su",{"t":[["subfold",1,1904,"5v"],
["such",1,1904,"5v"],
["summari",1,2438,"5v"]]});
