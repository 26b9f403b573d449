__bs_search.shard("tw",{"t":[["tweet",1,1791,"4v"],
["two",3,917,"1t1v3t"]]});
