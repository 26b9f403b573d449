__bs_search.shard("ra",{"t":[["ration",1,2038,"2v"],
["raw",1,1891,"5v"]]});
