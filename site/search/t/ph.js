__bs_search.shard("ph",{"t":[["photo",1,2438,"5v"],
["photograph",1,1234,"4v"]]});
