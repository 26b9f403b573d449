__bs_search.shard("is",{"t":[["isi",3,1017,"1q2v1u"],
["islam",2,1256,"1v2g"]]});
