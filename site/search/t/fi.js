__bs_search.shard("fi",{"t":[["field",1,1891,"5v"],
["fight",1,1791,"4v"],
["figur",1,954,"3v"],
["file",1,1891,"5v"],
["finish",1,2849,"2v"],
["fire",1,954,"3v"],
["first",1,954,"3v"]]});
