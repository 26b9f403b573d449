__bs_search.shard("ki",{"t":[["kind",1,1234,"4v"],
["kislyak",2,825,"3p1v"]]});
