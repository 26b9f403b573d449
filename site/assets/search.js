/* Broadsheet search client: written with the search index. */
