__bs_search.shard("to",{"t":[["told",2,1211,"1v2q"]]});
