__bs_search.shard("au",{"t":[["author",2,1273,"3g2v"]]});
