__bs_search.shard("to",{"t":[["told",2,1256,"1v2p"]]});
