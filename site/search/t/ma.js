__bs_search.shard("ma",{"t":[["mai",1,969,"3v"],
["make",1,969,"3v"],
["markdown",1,1904,"5v"],
["markup",1,1904,"5v"],
["materi",1,2142,"0v"],
["matter",2,1630,"3c2v"]]});
