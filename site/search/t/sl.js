__bs_search.shard("sl",{"t":[["slug",1,1891,"5v"]]});
