__bs_search.shard("aw",{"t":[["awar",1,1865,"1v"]]});
