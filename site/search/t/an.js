__bs_search.shard("an",{"t":[["ani",4,614,"0v3e1r1s"],
["announc",1,2142,"0v"]]});
