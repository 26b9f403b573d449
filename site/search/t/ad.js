__bs_search.shard("ad",{"t":[["ad",1,1809,"4v"],
["administr",2,825,"3p1v"],
["admit",1,2716,"4v"],
["advis",3,1063,"1v2d1g"]]});
