__bs_search.shard("ea",{"t":[["each",1,2038,"2v"]]});
