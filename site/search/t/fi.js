__bs_search.shard("fi",{"t":[["field",1,1904,"5v"],
["fight",1,1809,"4v"],
["figur",1,969,"3v"],
["file",1,1904,"5v"],
["finish",1,2851,"2v"],
["fire",1,969,"3v"],
["first",1,969,"3v"]]});
