__bs_search.shard("sh",{"t":[["share",4,814,"0s1l2n1v"],
["shock",1,1217,"4v"],
["show",1,1891,"5v"]]});
