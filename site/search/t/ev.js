__bs_search.shard("ev",{"t":[["even",2,1247,"1v3k"],
["everi",3,1145,"2v1b2n"]]});
