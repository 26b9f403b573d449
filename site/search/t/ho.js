__bs_search.shard("ho",{"t":[["hous",3,1296,"1v2g1j"],
["how",2,1425,"0v3e"],
["howev",1,1217,"4v"]]});
