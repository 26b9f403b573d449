__bs_search.shard("me",{"t":[["me",1,969,"3v"],
["mean",1,1234,"4v"],
["meet",3,1254,"0t3v1k"],
["method",3,815,"1v2q1l"]]});
