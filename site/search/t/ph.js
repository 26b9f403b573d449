__bs_search.shard("ph",{"t":[["photo",1,2427,"5v"],
["photograph",1,1217,"4v"]]});
