__bs_search.shard("in",{"t":[["inabl",1,954,"3v"],
["includ",2,814,"3p1v"],
["inform",3,1330,"1q2u1v"],
["insid",1,1217,"4v"],
["intel",1,2068,"3v"],
["intellig",4,801,"0v1l2s1k"],
["interfax",1,1217,"4v"],
["investig",1,954,"3v"]]});
