__bs_search.shard("or",{"t":[["org",1,1812,"1v"],
["organis",2,1209,"3h1v"],
["origin",1,2554,"2v"]]});
