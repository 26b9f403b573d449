__bs_search.shard("ch",{"t":[["chang",1,2142,"0v"],
["charg",1,969,"3v"],
["check",2,1370,"1s1v"]]});
