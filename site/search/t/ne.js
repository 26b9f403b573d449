__bs_search.shard("ne",{"t":[["new",2,1420,"3e1v"],
["newspap",1,2678,"2v"],
["newsroom",1,1891,"5v"]]});
