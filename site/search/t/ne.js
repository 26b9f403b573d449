__bs_search.shard("ne",{"t":[["new",2,1432,"3e1v"],
["newspap",1,2678,"2v"],
["newsroom",1,1904,"5v"]]});
