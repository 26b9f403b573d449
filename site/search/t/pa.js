__bs_search.shard("pa",{"t":[["page",2,2000,"2v3k"],
["paper",1,2545,"2v"],
["particip",1,954,"3v"],
["particular",1,954,"3v"],
["partner",1,2377,"3v"],
["pass",3,959,"0v1r2e"]]});
