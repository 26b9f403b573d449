__bs_search.shard("yo",{"t":[["you",1,1891,"5v"]]});
