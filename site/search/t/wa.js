__bs_search.shard("wa",{"t":[["want",2,1420,"1s3v"],
["washington",3,959,"0v3r1q"],
["wasnt",1,1865,"1v"]]});
