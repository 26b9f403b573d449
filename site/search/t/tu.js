__bs_search.shard("tu",{"t":[["tuesdai",1,1865,"1v"]]});
