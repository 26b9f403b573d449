__bs_search.shard("br",{"t":[["brief",2,1786,"1v2b"],
["broadsheet",1,1904,"5v"],
["broke",1,1234,"4v"]]});
