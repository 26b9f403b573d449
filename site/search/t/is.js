__bs_search.shard("is",{"t":[["isi",3,1009,"1q2v1u"],
["islam",2,1247,"1v2g"]]});
