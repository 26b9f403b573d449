__bs_search.shard("lo",{"t":[["local",1,2049,"2v"]]});
