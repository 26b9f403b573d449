__bs_search.shard("sp",{"t":[["specif",1,1508,"3v"],
["spend",1,2142,"0v"],
["spoke",1,969,"3v"],
["spokesperson",1,1234,"4v"],
["spy",1,1850,"3v"]]});
