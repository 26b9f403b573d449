__bs_search.shard("we",{"t":[["we",1,969,"3v"],
["wed",1,969,"3v"],
["wednesdai",1,2142,"0v"],
["welcom",1,969,"3v"],
["went",1,969,"3v"]]});
