__bs_search.shard("af",{"t":[["after",4,802,"0v2n1b1e"]]});
