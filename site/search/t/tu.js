__bs_search.shard("tu",{"t":[["tuesdai",1,1812,"1v"]]});
