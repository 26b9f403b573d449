__bs_search.shard("po",{"t":[["possibl",1,954,"3v"],
["post",2,1589,"3v1o"],
["postreportedsourc",1,1865,"1v"],
["power",1,1217,"4v"]]});
