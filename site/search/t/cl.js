__bs_search.shard("cl",{"t":[["claim",3,815,"1v2h1v"],
["classif",1,969,"3v"],
["classifi",3,1146,"1m2v1q"],
["close",2,1432,"0v4i"],
["cloud",1,1234,"4v"]]});
