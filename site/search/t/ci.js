__bs_search.shard("ci",{"t":[["cia",1,954,"3v"],
["citi",2,1362,"2v1e"]]});
