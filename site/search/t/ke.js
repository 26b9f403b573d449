__bs_search.shard("ke",{"t":[["kei",2,1273,"3g2v"],
["kept",1,1904,"5v"]]});
