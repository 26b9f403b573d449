__bs_search.shard("ev",{"t":[["even",2,1211,"1v3l"],
["everi",3,1149,"2v1c2n"]]});
