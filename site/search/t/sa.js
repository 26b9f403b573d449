__bs_search.shard("sa",{"t":[["sack",1,954,"3v"],
["safeti",1,1217,"4v"],
["sai",2,1247,"1v3k"],
["said",5,410,"0v1t1o1t1l"]]});
