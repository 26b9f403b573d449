__bs_search.shard("be",{"t":[["becaus",1,1234,"4v"],
["behaviour",1,1234,"4v"],
["believ",1,969,"3v"],
["between",1,969,"3v"]]});
