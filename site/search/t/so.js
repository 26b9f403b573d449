__bs_search.shard("so",{"t":[["so",1,1508,"3v"],
["sourc",4,754,"1v2i1f1n"]]});
