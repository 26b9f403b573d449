__bs_search.shard("es",{"t":[["especi",1,1234,"4v"]]});
