__bs_search.shard("pr",{"t":[["presid",4,823,"0n1v2v1s"],
["presidenti",1,1234,"4v"],
["previous",2,825,"3p1v"],
["print",1,2554,"2v"],
["privat",1,1812,"1v"],
["problem",1,1234,"4v"],
["produc",1,1904,"5v"],
["project",1,2554,"2v"]]});
