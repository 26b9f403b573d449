__bs_search.shard("es",{"t":[["especi",1,1217,"4v"]]});
