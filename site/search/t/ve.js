__bs_search.shard("ve",{"t":[["veri",1,1217,"4v"]]});
