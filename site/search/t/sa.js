__bs_search.shard("sa",{"t":[["sack",1,969,"3v"],
["safeti",1,1234,"4v"],
["sai",2,1211,"1v3l"],
["said",5,411,"0v1s1o1t1m"]]});
