__bs_search.shard("na",{"t":[["name",2,1630,"2q3v"],
["nation",3,1063,"1v2k1o"]]});
