__bs_search.shard("na",{"t":[["name",2,1622,"2q3v"],
["nation",3,839,"1v2p1u"]]});
