__bs_search.shard("im",{"t":[["imag",1,2038,"2v"]]});
