__bs_search.shard("cl",{"t":[["claim",2,1197,"3h1v"],
["claimsourcestatusinform",1,1865,"1v"],
["classif",1,954,"3v"],
["classifi",2,1701,"3v1q"],
["classifiedwashington",1,1865,"1v"],
["close",2,1425,"0v4i"],
["cloud",1,1217,"4v"]]});
