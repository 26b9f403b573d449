__bs_search.shard("ti",{"t":[["time",3,1097,"3c1g1v"],
["tini",1,2049,"2v"],
["titl",1,1904,"5v"]]});
