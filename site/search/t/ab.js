__bs_search.shard("ab",{"t":[["about",3,1251,"1l2n2v"],
["absolut",1,1791,"4v"]]});
