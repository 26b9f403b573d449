__bs_search.shard("ru",{"t":[["russia",3,1343,"1j2j1v"],
["russian",4,828,"0n1s2v1p"]]});
