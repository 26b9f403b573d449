__bs_search.shard("ag",{"t":[["against",2,1362,"2v2s"],
["agenc",2,1197,"3q1v"],
["agreedth",1,1865,"1v"]]});
