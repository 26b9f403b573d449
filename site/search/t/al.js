__bs_search.shard("al",{"t":[["all",1,1809,"4v"],
["allegedli",1,969,"3v"],
["alli",4,728,"0v1m2q1f"],
["allow",2,1209,"3h1v"],
["alreadi",2,825,"3p1v"],
["also",2,1209,"3h1v"]]});
