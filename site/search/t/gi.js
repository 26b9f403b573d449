__bs_search.shard("gi",{"t":[["given",1,1488,"3v"]]});
