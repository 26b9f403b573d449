__bs_search.shard("ed",{"t":[["edit",1,2049,"2v"]]});
