__bs_search.shard("aw",{"t":[["awar",1,1812,"1v"]]});
