__bs_search.shard("ce",{"t":[["centuri",1,2849,"2v"]]});
