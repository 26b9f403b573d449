__bs_search.shard("ba",{"t":[["backlash",1,969,"3v"]]});
