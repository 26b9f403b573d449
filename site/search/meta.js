__bs_search.meta({"v":1,"n":6,"sections":[["Culture",1],["World",2]],"years":[[2017,3,[0,3]]]});
