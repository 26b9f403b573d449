__bs_search.shard("ag",{"t":[["against",2,1370,"2v2s"],
["agenc",2,1209,"3q1v"],
["agre",1,1812,"1v"]]});
