__bs_search.shard("dr",{"t":[["draft",1,1891,"5v"]]});
