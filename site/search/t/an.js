__bs_search.shard("an",{"t":[["ani",4,612,"0v3e1q1s"],
["announc",1,2132,"0v"]]});
