__bs_search.section(1,"01");
