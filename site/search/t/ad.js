__bs_search.shard("ad",{"t":[["ad",1,1809,"4v"],
["administr",2,825,"3p1v"],
["admit",1,2716,"4v"],
["advis",3,845,"1v2g1l"],
["adviserstateddisclosur",1,1879,"1v"]]});
