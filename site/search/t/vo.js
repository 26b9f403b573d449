__bs_search.shard("vo",{"t":[["volunt",1,2049,"2v"]]});
