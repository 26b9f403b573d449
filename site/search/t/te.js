__bs_search.shard("te",{"t":[["templat",1,1891,"5v"],
["term",1,954,"3v"],
["terror",2,1425,"0v4v"],
["terrorist",2,814,"3p1v"],
["text",2,1622,"2q3v"]]});
