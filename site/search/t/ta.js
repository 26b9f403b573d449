__bs_search.shard("ta",{"t":[["tag",1,1891,"5v"],
["take",2,1425,"0v5s"],
["tass",1,1217,"4v"]]});
