__bs_search.shard("us",{"t":[["us",3,1257,"2n1v1q"]]});
