__bs_search.shard("na",{"t":[["name",2,1630,"2q3v"],
["nation",3,845,"1v2p1u"]]});
