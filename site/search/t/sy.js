__bs_search.shard("sy",{"t":[["syria",1,969,"3v"]]});
