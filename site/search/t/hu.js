__bs_search.shard("hu",{"t":[["humanitarian",1,1217,"4v"]]});
