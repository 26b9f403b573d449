__bs_search.shard("af",{"t":[["after",4,801,"0v2n1a1d"]]});
