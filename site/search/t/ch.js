__bs_search.shard("ch",{"t":[["chang",1,2132,"0v"],
["charg",1,954,"3v"],
["check",2,1362,"1t1v"]]});
