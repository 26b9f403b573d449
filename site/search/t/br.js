__bs_search.shard("br",{"t":[["brief",2,1756,"1v2b"],
["broadli",1,1812,"1v"],
["broadsheet",1,1904,"5v"],
["broke",1,1234,"4v"]]});
