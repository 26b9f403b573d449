__bs_search.shard("pu",{"t":[["publicli",2,825,"3p1v"],
["put",1,2049,"2v"]]});
