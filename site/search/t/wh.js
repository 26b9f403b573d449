__bs_search.shard("wh",{"t":[["what",1,2417,"1v"],
["when",2,1370,"2v2j"],
["where",2,1256,"1v2g"],
["while",2,825,"3p1v"],
["white",3,1297,"1v2g1k"],
["who",2,1256,"1v2v"],
["wholli",1,1879,"1v"]]});
