__bs_search.shard("ar",{"t":[["archiv",2,1933,"2m3v"],
["archivist",1,2038,"2v"],
["arrang",1,954,"3v"],
["arriv",1,1217,"4v"],
["articl",1,2829,"5v"]]});
