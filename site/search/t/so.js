__bs_search.shard("so",{"t":[["so",1,1488,"3v"],
["sourc",4,542,"1v2p1k1v"]]});
