__bs_search.shard("li",{"t":[["librari",1,2851,"2v"],
["like",1,1904,"5v"],
["link",1,2049,"2v"],
["list",1,1904,"5v"]]});
