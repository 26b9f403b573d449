__bs_search.shard("so",{"t":[["so",1,1508,"3v"],
["sourc",4,546,"1v2p1k1v"]]});
