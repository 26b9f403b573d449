__bs_search.shard("pr",{"t":[["presid",4,826,"0n1v2u1r"],
["presidenti",1,1217,"4v"],
["previous",2,814,"3p1v"],
["print",1,2545,"2v"],
["privat",1,1865,"1v"],
["problem",1,1217,"4v"],
["produc",1,1891,"5v"],
["project",1,2545,"2v"]]});
