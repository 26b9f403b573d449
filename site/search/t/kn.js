__bs_search.shard("kn",{"t":[["knowledg",1,1831,"3v"],
["known",2,814,"3p1v"]]});
