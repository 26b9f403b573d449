__bs_search.shard("ja",{"t":[["jame",1,954,"3v"]]});
