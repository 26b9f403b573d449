__bs_search.shard("mo",{"t":[["more",3,922,"2v1f1j"],
["morn",1,2142,"0v"],
["moscow",1,969,"3v"],
["move",1,969,"3v"]]});
