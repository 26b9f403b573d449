__bs_search.shard("ad",{"t":[["ad",1,1791,"4v"],
["administr",2,814,"3p1v"],
["admit",1,2715,"4v"],
["advis",3,839,"1v2g1k"],
["adviserstateddisclosur",1,1865,"1v"]]});
