__bs_search.shard("wi",{"t":[["within",1,969,"3v"],
["without",1,969,"3v"]]});
