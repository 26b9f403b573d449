__bs_search.shard("fl",{"t":[["flight",1,1809,"4v"]]});
