__bs_search.shard("wo",{"t":[["word",2,1211,"1v2h"],
["work",1,2142,"0v"],
["world",1,1904,"5v"],
["worri",1,1812,"1v"],
["would",2,1211,"1v2h"]]});
