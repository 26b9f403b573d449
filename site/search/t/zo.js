__bs_search.shard("zo",{"t":[["zone",1,1904,"5v"]]});
