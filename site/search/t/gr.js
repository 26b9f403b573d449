__bs_search.shard("gr",{"t":[["grasp",1,1217,"4v"],
["graviti",1,1217,"4v"],
["great",1,1488,"3v"],
["greatli",1,1217,"4v"]]});
