__bs_search.shard("ru",{"t":[["russia",3,1345,"1j2j1v"],
["russian",4,830,"0n1s2v1q"]]});
