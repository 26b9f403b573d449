__bs_search.shard("do",{"t":[["do",1,1234,"4v"],
["document",1,969,"3v"],
["doesnt",1,1234,"4v"],
["donald",2,1816,"3u1v"],
["dont",1,969,"3v"]]});
