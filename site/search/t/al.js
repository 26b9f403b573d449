__bs_search.shard("al",{"t":[["all",1,1791,"4v"],
["allegedli",1,954,"3v"],
["alli",4,728,"0v1n2q1f"],
["allow",2,1197,"3h1v"],
["alreadi",2,814,"3p1v"],
["also",2,1197,"3h1v"]]});
