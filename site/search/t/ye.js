__bs_search.shard("ye",{"t":[["year",2,1707,"0q2v"],
["yet",1,1234,"4v"]]});
