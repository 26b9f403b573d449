__bs_search.shard("li",{"t":[["librari",1,2849,"2v"],
["like",1,1891,"5v"],
["link",1,2038,"2v"],
["list",1,1891,"5v"]]});
