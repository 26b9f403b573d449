__bs_search.shard("ti",{"t":[["time",3,1092,"3c1g1v"],
["tini",1,2038,"2v"],
["titl",1,1891,"5v"]]});
