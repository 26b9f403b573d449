__bs_search.shard("mo",{"t":[["more",3,917,"2v1e1j"],
["morn",1,2132,"0v"],
["moscow",1,954,"3v"],
["move",1,954,"3v"]]});
