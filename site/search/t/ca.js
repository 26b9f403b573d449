__bs_search.shard("ca",{"t":[["caliph",1,954,"3v"],
["call",1,1488,"3v"],
["came",1,1865,"1v"],
["campaign",1,954,"3v"],
["can",1,2038,"2v"],
["caption",1,1891,"5v"]]});
