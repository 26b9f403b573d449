__bs_search.shard("ca",{"t":[["caliph",1,969,"3v"],
["call",1,1508,"3v"],
["came",1,1812,"1v"],
["campaign",1,969,"3v"],
["can",1,2049,"2v"],
["caption",1,1904,"5v"]]});
