__bs_search.shard("po",{"t":[["possibl",1,969,"3v"],
["post",3,1077,"1o2v1o"],
["power",1,1234,"4v"]]});
