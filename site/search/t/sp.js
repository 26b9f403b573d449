__bs_search.shard("sp",{"t":[["specif",1,1488,"3v"],
["spend",1,2132,"0v"],
["spoke",1,954,"3v"],
["spokesperson",1,1217,"4v"],
["spy",1,1831,"3v"]]});
