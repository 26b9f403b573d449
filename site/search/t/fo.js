__bs_search.shard("fo",{"t":[["folder",1,2438,"5v"],
["follow",2,825,"3p1v"],
["forc",1,969,"3v"],
["foreign",3,964,"1r2m1v"],
["formal",1,2142,"0v"],
["former",1,1508,"3v"],
["forward",1,969,"3v"]]});
