__bs_search.shard("ri",{"t":[["right",1,1809,"4v"],
["risk",1,1508,"3v"]]});
