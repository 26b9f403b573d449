__bs_search.shard("is",{"t":[["isi",3,1017,"1p2v1u"],
["islam",2,1211,"1v2h"]]});
