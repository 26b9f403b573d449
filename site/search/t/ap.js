__bs_search.shard("ap",{"t":[["appear",1,954,"3v"],
["appropri",1,1865,"1v"]]});
