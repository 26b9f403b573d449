__bs_search.shard("wo",{"t":[["word",2,1247,"1v2g"],
["work",1,2132,"0v"],
["world",1,1891,"5v"],
["worri",1,1865,"1v"],
["would",2,1247,"1v2g"]]});
