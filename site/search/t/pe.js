__bs_search.shard("pe",{"t":[["peopl",1,954,"3v"],
["permiss",1,954,"3v"],
["pertain",1,1791,"4v"],
["peskov",1,1217,"4v"]]});
