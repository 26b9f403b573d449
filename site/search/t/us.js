__bs_search.shard("us",{"t":[["us",3,1262,"2n1v1q"]]});
