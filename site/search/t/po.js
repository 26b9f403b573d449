__bs_search.shard("po",{"t":[["possibl",1,969,"3v"],
["post",2,1600,"3v1o"],
["postreportedsourc",1,1879,"1v"],
["power",1,1234,"4v"]]});
