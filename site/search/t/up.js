__bs_search.shard("up",{"t":[["up",2,1197,"3h1v"],
["updat",1,1891,"5v"]]});
