__bs_search.shard("op",{"t":[["open",1,969,"3v"],
["openli",1,1234,"4v"],
["oper",3,964,"0v3e1i"]]});
