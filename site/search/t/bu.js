__bs_search.shard("bu",{"t":[["build",1,2132,"0v"],
["built",1,1891,"5v"],
["bureau",1,954,"3v"]]});
