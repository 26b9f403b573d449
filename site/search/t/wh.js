__bs_search.shard("wh",{"t":[["what",1,2362,"1v"],
["when",2,1370,"2v2j"],
["where",2,1211,"1v2h"],
["while",2,825,"3p1v"],
["white",3,1291,"1v2g1k"],
["who",2,1236,"1v2v"],
["wholli",1,1812,"1v"]]});
