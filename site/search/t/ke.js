__bs_search.shard("ke",{"t":[["kei",2,1264,"3g2v"],
["kept",1,1891,"5v"]]});
