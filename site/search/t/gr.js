__bs_search.shard("gr",{"t":[["grasp",1,1234,"4v"],
["graviti",1,1234,"4v"],
["great",1,1508,"3v"],
["greatli",1,1234,"4v"]]});
