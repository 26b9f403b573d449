__bs_search.shard("au",{"t":[["author",2,1264,"3g2v"]]});
