__bs_search.shard("ci",{"t":[["cia",1,969,"3v"],
["citi",2,1370,"2v1f"]]});
