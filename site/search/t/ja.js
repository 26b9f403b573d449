__bs_search.shard("ja",{"t":[["jame",1,969,"3v"]]});
