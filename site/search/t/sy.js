__bs_search.shard("sy",{"t":[["syria",1,954,"3v"]]});
