__bs_search.shard("fa",{"t":[["face",1,969,"3v"],
["fact",1,1234,"4v"],
["fake",1,1234,"4v"],
["familiar",1,969,"3v"]]});
