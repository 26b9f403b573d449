__bs_search.shard("ed",{"t":[["edit",1,2038,"2v"]]});
