__bs_search.shard("ea",{"t":[["each",1,2049,"2v"]]});
