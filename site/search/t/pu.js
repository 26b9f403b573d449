__bs_search.shard("pu",{"t":[["publicli",2,814,"3p1v"],
["put",1,2038,"2v"]]});
