__bs_search.shard("of",{"t":[["off",1,969,"3v"],
["offic",3,1143,"0v3c1m"],
["offici",4,791,"0o1v2v1e"]]});
