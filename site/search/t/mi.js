__bs_search.shard("mi",{"t":[["militari",2,825,"3p1v"],
["million",1,2049,"2v"],
["minist",3,815,"1v2q1v"],
["ministri",1,1234,"4v"],
["mitig",1,969,"3v"]]});
