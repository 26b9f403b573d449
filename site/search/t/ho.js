__bs_search.shard("ho",{"t":[["hous",3,1291,"1v2g1k"],
["how",2,1432,"0v3e"],
["howev",1,1234,"4v"]]});
