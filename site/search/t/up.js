__bs_search.shard("up",{"t":[["up",2,1209,"3h1v"],
["updat",1,1904,"5v"]]});
