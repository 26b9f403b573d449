package dev.broadsheet.search;

/**
 * The sizes that bound what a query downloads.
 *
 * @param postingsPerTerm    the best-scoring articles kept for a term
 * @param shardChars         a shard larger than this is split by a longer prefix
 * @param maxKey             the longest shard prefix
 * @param completions        terms a split shard keeps for completing its prefix
 * @param completionPostings postings kept for each of those
 * @param textChars          the article text kept for snippets and phrase checks
 */
record IndexLimits(int postingsPerTerm, int shardChars, int maxKey, int completions,
    int completionPostings, int textChars) {
  static final IndexLimits DEFAULT = new IndexLimits(1500, 24_000, 6, 8, 150, 3000);

  /**
   * As a record spells itself, written out: the search state is stamped with it, and the
   * record's own method is made at its first call, 30 ms of a rebuild's start spent linking it.
   */
  @Override
  public String toString() {
    return "IndexLimits[postingsPerTerm=" + postingsPerTerm + ", shardChars=" + shardChars
        + ", maxKey=" + maxKey + ", completions=" + completions + ", completionPostings="
        + completionPostings + ", textChars=" + textChars + "]";
  }
}
