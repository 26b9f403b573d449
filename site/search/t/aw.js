__bs_search.shard("aw",{"t":[["awar",1,1879,"1v"]]});
