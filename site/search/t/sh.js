__bs_search.shard("sh",{"t":[["share",4,815,"0s1k2n1v"],
["shock",1,1234,"4v"],
["show",1,1904,"5v"]]});
