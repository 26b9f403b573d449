__bs_search.shard("da",{"t":[["dai",2,1432,"0v3m"],
["damag",1,969,"3v"],
["date",2,1896,"2n3v"]]});
