__bs_search.shard("ki",{"t":[["kind",1,1217,"4v"],
["kislyak",2,814,"3p1v"]]});
