__bs_search.shard("sc",{"t":[["scan",1,2554,"2v"],
["schedul",1,1234,"4v"]]});
