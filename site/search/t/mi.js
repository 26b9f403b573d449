__bs_search.shard("mi",{"t":[["militari",2,814,"3p1v"],
["million",1,2038,"2v"],
["minist",3,839,"1v2p1u"],
["ministri",1,1217,"4v"],
["mitig",1,954,"3v"]]});
