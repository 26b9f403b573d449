__bs_search.shard("gi",{"t":[["given",1,1508,"3v"]]});
