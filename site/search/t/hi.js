__bs_search.shard("hi",{"t":[["highest",1,969,"3v"],
["highli",2,1703,"3v1f"]]});
