__bs_search.shard("wa",{"t":[["want",2,1432,"1s3v"],
["washington",3,964,"0v3r1r"],
["wasnt",1,1879,"1v"]]});
