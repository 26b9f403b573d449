__bs_search.shard("un",{"t":[["unless",1,1904,"5v"],
["unlik",2,825,"3p1v"],
["until",1,1904,"5v"]]});
