__bs_search.shard("be",{"t":[["becaus",1,1217,"4v"],
["behaviour",1,1217,"4v"],
["believ",1,954,"3v"],
["between",1,954,"3v"]]});
