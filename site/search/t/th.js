__bs_search.shard("th",{"t":[["than",2,1370,"2v1f"],
["therefor",1,969,"3v"],
["thing",1,1234,"4v"],
["think",1,969,"3v"],
["threat",2,1600,"3v1o"],
["through",1,969,"3v"]]});
