__bs_search.shard("ov",{"t":[["oval",3,1143,"0v3c1m"]]});
