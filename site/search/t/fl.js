__bs_search.shard("fl",{"t":[["flight",1,1791,"4v"]]});
