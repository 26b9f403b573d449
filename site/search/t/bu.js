__bs_search.shard("bu",{"t":[["build",1,2142,"0v"],
["built",1,1904,"5v"],
["bureau",1,969,"3v"]]});
