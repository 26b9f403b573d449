__bs_search.shard("wo",{"t":[["word",2,1256,"1v2g"],
["work",1,2142,"0v"],
["world",1,1904,"5v"],
["worri",1,1879,"1v"],
["would",2,1256,"1v2g"]]});
