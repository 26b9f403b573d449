__bs_search.shard("th",{"t":[["than",2,1362,"2v1e"],
["therefor",1,954,"3v"],
["thing",1,1217,"4v"],
["think",1,954,"3v"],
["threat",2,1589,"3v1o"],
["through",1,954,"3v"]]});
