__bs_search.section(0,"2");
