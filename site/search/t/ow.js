__bs_search.shard("ow",{"t":[["own",2,1197,"3h1v"]]});
