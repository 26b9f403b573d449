__bs_search.shard("ma",{"t":[["mai",1,954,"3v"],
["make",1,954,"3v"],
["markdown",1,1891,"5v"],
["markup",1,1891,"5v"],
["materi",1,2132,"0v"],
["matter",2,1622,"3c2v"]]});
