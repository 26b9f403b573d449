__bs_search.shard("hu",{"t":[["humanitarian",1,1234,"4v"]]});
