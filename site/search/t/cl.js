__bs_search.shard("cl",{"t":[["claim",2,1209,"3h1v"],
["claimsourcestatusinform",1,1879,"1v"],
["classif",1,969,"3v"],
["classifi",2,1703,"3v1q"],
["classifiedwashington",1,1879,"1v"],
["close",2,1432,"0v4i"],
["cloud",1,1234,"4v"]]});
