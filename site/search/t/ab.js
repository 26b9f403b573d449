__bs_search.shard("ab",{"t":[["about",3,1251,"1k2o2v"],
["absolut",1,1809,"4v"]]});
