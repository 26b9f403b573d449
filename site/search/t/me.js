__bs_search.shard("me",{"t":[["me",1,954,"3v"],
["mean",1,1217,"4v"],
["meet",3,1252,"0t3v1k"],
["method",3,839,"1v2p1k"]]});
