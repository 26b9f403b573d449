__bs_search.shard("br",{"t":[["brief",2,1780,"1v2b"],
["broadsheet",1,1891,"5v"],
["broke",1,1217,"4v"]]});
