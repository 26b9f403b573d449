__bs_search.shard("tr",{"t":[["transcript",1,1812,"1v"],
["true",1,1904,"5v"],
["trump",2,2015,"3v1v"],
["trust",1,2142,"0v"]]});
