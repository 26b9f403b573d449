__bs_search.shard("tu",{"t":[["tuesdai",1,1879,"1v"]]});
