__bs_search.shard("tw",{"t":[["tweet",1,1809,"4v"],
["two",3,922,"1s1v3t"]]});
