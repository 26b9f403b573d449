package dev.broadsheet.site;

import dev.broadsheet.search.FragmentGroups;

/**
 * What a build's heap of {@code heap} bytes allows it: which stages may hold their work at once,
 * in which order the article pages are read from the cache, and how much of the search
 * fragments may wait in memory. A small heap makes a build take the ways a million articles
 * take in 1 GB.
 */
record HeapPlan(long heap) {
  /** About what the cache's log holds of an article: 11.4 KB at the benchmark's million. */
  private static final long LOG_PER_ARTICLE = 12L << 10;

  /**
   * Whether the heap has room for a stage's work beside the listings and feeds (the related
   * stories, and in a rebuild the search index): about 50 KB an article (a rebuild of 100,000
   * has 6 GB by default; the million built in 1 GB has not). The related stories read the last
   * build's state and write the next one's on one core for most of their time (0.4 s of a
   * rebuild of 100,000 articles), and only the article pages need what they make.
   */
  boolean roomBeside(int articles) {
    return heap / (50L << 10) >= articles;
  }

  /**
   * Whether the article pages are written in the order of their bodies in the cache's log
   * ({@link WritingOrder}) rather than the archive's. A million articles' log (11 GB) is out of
   * the page cache by the time their pages are written, and read in the archive's order it was
   * read backwards in a dozen places at once. A log smaller than the heap (and so than the
   * memory) is read from memory in any order; in the archive's order each search fragment's
   * four articles come one after the other, so each fragment is made at once rather than its
   * parts waiting for it ({@link FragmentGroups}).
   */
  boolean pagesByBodies(int articles) {
    return articles * LOG_PER_ARTICLE > heap;
  }

  /**
   * The bytes of search fragments' parts held in memory while the article pages are written
   * ({@link FragmentGroups}), about 3.3 KB an article until its fragment is made: beyond it
   * they wait in temporary files, a range of articles to a file, as the million's do in 1 GB,
   * its pages written in the log's order ({@link #pagesByBodies}).
   */
  long fragmentBudget() {
    return heap / 16;
  }
}
