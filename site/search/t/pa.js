__bs_search.shard("pa",{"t":[["page",2,2003,"2v3k"],
["paper",1,2554,"2v"],
["particip",1,969,"3v"],
["particular",1,969,"3v"],
["partner",1,2393,"3v"],
["pass",3,964,"0v1r2e"]]});
