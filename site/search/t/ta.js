__bs_search.shard("ta",{"t":[["tag",1,1904,"5v"],
["take",2,1432,"0v5s"],
["tass",1,1234,"4v"]]});
