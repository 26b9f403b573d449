__bs_search.shard("ve",{"t":[["veri",1,1234,"4v"]]});
