__bs_search.shard("ow",{"t":[["own",2,1209,"3h1v"]]});
