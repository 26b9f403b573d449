__bs_search.shard("no",{"t":[["no",5,420,"0p1m2h1p1v"],
["nonsens",1,1217,"4v"],
["not",3,931,"1s2v1r"],
["note",2,1224,"3v1l"],
["noth",1,1217,"4v"]]});
