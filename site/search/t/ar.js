__bs_search.shard("ar",{"t":[["archiv",2,1934,"2m3v"],
["archivist",1,2049,"2v"],
["arrang",1,969,"3v"],
["arriv",1,1234,"4v"],
["articl",1,2836,"5v"]]});
