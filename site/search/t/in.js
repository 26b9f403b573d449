__bs_search.shard("in",{"t":[["inabl",1,969,"3v"],
["includ",2,825,"3p1v"],
["inform",3,1332,"1s2u1v"],
["insid",1,1234,"4v"],
["intel",1,2087,"3v"],
["intellig",4,802,"0v1k2s1k"],
["interfax",1,1234,"4v"],
["investig",1,969,"3v"]]});
