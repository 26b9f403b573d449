__bs_search.shard("ri",{"t":[["right",1,1791,"4v"],
["risk",1,1488,"3v"]]});
