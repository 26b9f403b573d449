__bs_search.shard("or",{"t":[["org",1,1865,"1v"],
["organis",2,1197,"3h1v"],
["origin",1,2545,"2v"]]});
