__bs_search.shard("ba",{"t":[["backlash",1,954,"3v"]]});
