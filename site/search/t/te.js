__bs_search.shard("te",{"t":[["templat",1,1904,"5v"],
["term",1,969,"3v"],
["terror",2,1432,"0v4v"],
["terrorist",2,825,"3p1v"],
["text",2,1630,"2q3v"]]});
