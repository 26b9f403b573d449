__bs_search.shard("op",{"t":[["open",1,954,"3v"],
["openli",1,1217,"4v"],
["oper",3,959,"0v3e1i"]]});
