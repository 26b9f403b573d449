package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.Arrays;
import java.util.List;

/**
 * The order in which to write article pages so that their bodies are read from the cache's log
 * front to back. A million articles' log is some 11 GB, gone from memory by the time their
 * pages are written, and read in the archive's order (newest first, a section at a time
 * interleaved) it was read backwards in a dozen places at once, a few kilobytes at a time,
 * which the system's read-ahead does not see coming.
 */
final class WritingOrder {
  private static final int INDEX_BITS = 23;
  private static final long LAST_POSITION = (1L << (63 - INDEX_BITS)) - 1;

  private WritingOrder() {}

  /** The positions in {@code articles}, in the log's order of their bodies in {@code sources}. */
  static int[] ofBodies(List<Article> articles, FileEntries sources) {
    int n = articles.size();
    if (n > 1 << INDEX_BITS) {
      return inListOrder(n);
    }
    // Position and index in one long: up to a terabyte of log and eight million articles.
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      CachedFile s = sources.get(articles.get(i).source().relativePath());
      long position = s == null ? LAST_POSITION : Math.min(s.body(), LAST_POSITION);
      keys[i] = position << INDEX_BITS | i;
    }
    Arrays.parallelSort(keys);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) (keys[k] & ((1L << INDEX_BITS) - 1));
    }
    return order;
  }

  /** The positions 0 to {@code n - 1}, in order. */
  static int[] inListOrder(int n) {
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    return order;
  }
}
