__bs_search.shard("sl",{"t":[["slug",1,1904,"5v"]]});
