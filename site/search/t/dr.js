__bs_search.shard("dr",{"t":[["draft",1,1904,"5v"]]});
