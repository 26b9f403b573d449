__bs_search.shard("tr",{"t":[["transcript",1,1865,"1v"],
["true",1,1891,"5v"],
["trump",2,2012,"3v1v"],
["trust",1,2132,"0v"]]});
