__bs_search.shard("sc",{"t":[["scan",1,2545,"2v"],
["schedul",1,1217,"4v"]]});
