__bs_search.shard("wi",{"t":[["within",1,954,"3v"],
["without",1,954,"3v"]]});
