__bs_search.shard("ap",{"t":[["appear",1,969,"3v"],
["appropri",1,1812,"1v"]]});
