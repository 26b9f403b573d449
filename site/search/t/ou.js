__bs_search.shard("ou",{"t":[["our",2,814,"3p1v"],
["out",2,1264,"3g2v"]]});
