__bs_search.shard("da",{"t":[["dai",2,1425,"0v3m"],
["damag",1,954,"3v"],
["date",2,1891,"2n3v"]]});
