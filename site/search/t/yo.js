__bs_search.shard("yo",{"t":[["you",1,1904,"5v"]]});
