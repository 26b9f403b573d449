__bs_search.shard("fo",{"t":[["folder",1,2427,"5v"],
["follow",2,814,"3p1v"],
["forc",1,954,"3v"],
["foreign",3,956,"1s2m1v"],
["formal",1,2132,"0v"],
["former",1,1488,"3v"],
["forward",1,954,"3v"]]});
