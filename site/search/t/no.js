__bs_search.shard("no",{"t":[["no",5,421,"0p1l2h1p1v"],
["nonsens",1,1234,"4v"],
["not",3,939,"1r2v1r"],
["note",2,1236,"3v1l"],
["noth",1,1234,"4v"]]});
