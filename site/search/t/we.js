__bs_search.shard("we",{"t":[["we",1,954,"3v"],
["wed",1,954,"3v"],
["wednesdai",1,2132,"0v"],
["welcom",1,954,"3v"],
["went",1,954,"3v"]]});
