__bs_search.shard("lo",{"t":[["local",1,2038,"2v"]]});
