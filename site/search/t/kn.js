__bs_search.shard("kn",{"t":[["knowledg",1,1850,"3v"],
["known",2,825,"3p1v"]]});
