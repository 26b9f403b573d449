__bs_search.shard("to",{"t":[["told",2,1247,"1v2p"]]});
