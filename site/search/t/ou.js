__bs_search.shard("ou",{"t":[["our",2,825,"3p1v"],
["out",2,1273,"3g2v"]]});
