__bs_search.shard("pe",{"t":[["peopl",1,969,"3v"],
["permiss",1,969,"3v"],
["pertain",1,1809,"4v"],
["peskov",1,1234,"4v"]]});
