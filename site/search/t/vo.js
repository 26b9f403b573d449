__bs_search.shard("vo",{"t":[["volunt",1,2038,"2v"]]});
