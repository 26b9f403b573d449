__bs_search.shard("im",{"t":[["imag",1,2049,"2v"]]});
