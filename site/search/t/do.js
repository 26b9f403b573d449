__bs_search.shard("do",{"t":[["do",1,1217,"4v"],
["document",1,954,"3v"],
["doesnt",1,1217,"4v"],
["donald",2,1815,"3u1v"],
["dont",1,954,"3v"]]});
