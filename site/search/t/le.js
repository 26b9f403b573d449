__bs_search.shard("le",{"t":[["lead",2,1370,"2v1f"],
["leak",1,1234,"4v"],
["learn",1,1508,"3v"],
["leav",1,1904,"5v"],
["legal",1,1812,"1v"],
["level",1,969,"3v"]]});
