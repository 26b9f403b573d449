__bs_search.shard("fa",{"t":[["face",1,954,"3v"],
["fact",1,1217,"4v"],
["fake",1,1217,"4v"],
["familiar",1,954,"3v"]]});
