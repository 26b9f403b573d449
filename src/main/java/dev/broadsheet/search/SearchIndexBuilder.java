package dev.broadsheet.search;

import java.util.function.BiConsumer;

/**
 * Collects the archive's articles and writes the static search index: many small files under
 * {@code search/}, so that a query in the browser fetches only what it needs.
 */
public final class SearchIndexBuilder {
  private final int documents;

  /** @param documents how many articles will be added, with positions 0 to documents - 1 */
  public SearchIndexBuilder(int documents) {
    this.documents = documents;
  }

  /** Adds the article at {@code position} in index order; called from many threads at once. */
  public void add(int position, SearchDocument document) {
    if (position < 0 || position >= documents) {
      throw new IllegalArgumentException("position " + position + " of " + documents);
    }
  }

  /** Writes every index file, by its path in the site, in a fixed order. */
  public void writeTo(BiConsumer<String, byte[]> out) {
    // The index format is written in a following change.
  }
}
