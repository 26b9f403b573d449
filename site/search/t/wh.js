__bs_search.shard("wh",{"t":[["what",1,2406,"1v"],
["when",2,1362,"2v2j"],
["where",2,1247,"1v2g"],
["while",2,814,"3p1v"],
["white",3,1296,"1v2g1j"],
["who",2,1247,"1v2v"],
["wholli",1,1865,"1v"]]});
