__bs_search.shard("ot",{"t":[["other",1,1904,"5v"]]});
