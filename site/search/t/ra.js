__bs_search.shard("ra",{"t":[["ration",1,2049,"2v"],
["raw",1,1904,"5v"]]});
