__bs_search.shard("hi",{"t":[["highest",1,954,"3v"],
["highli",2,1701,"3v1f"]]});
