package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.content.Article;

/**
 * The related-stories stage: collects each published article's text as it is read, then lists
 * up to {@link #MAX} related articles for each.
 */
final class RelatedStories {
  static final int MAX = 5;

  /** Takes an article's text; called from many threads at once. */
  void add(Article article, String text) {
    // Wired to the related index in a following change.
  }

  /** For each position of the archive, the positions of its related articles, best first. */
  int[][] compute(Archive archive) {
    int[][] none = new int[archive.articles().size()][];
    for (int i = 0; i < none.length; i++) {
      none[i] = new int[0];
    }
    return none;
  }
}
