__bs_search.shard("ye",{"t":[["year",2,1701,"0q2v"],
["yet",1,1217,"4v"]]});
