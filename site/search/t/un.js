__bs_search.shard("un",{"t":[["unless",1,1891,"5v"],
["unlik",2,814,"3p1v"],
["until",1,1891,"5v"]]});
