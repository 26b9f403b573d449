package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.content.Article;
import dev.broadsheet.related.RelatedIndexBuilder;
import dev.broadsheet.related.Story;
import dev.broadsheet.related.WordCounts;

/**
 * The related-stories stage: collects each published article's text as it is read, then lists
 * up to {@link #MAX} related articles for each.
 */
final class RelatedStories {
  static final int MAX = 5;

  private final RelatedIndexBuilder index = new RelatedIndexBuilder();

  /**
   * The words of an article that relate it to others. The headline and dek go with the body:
   * they name the story in the fewest words.
   */
  static WordCounts words(Article article, String text) {
    return WordCounts.of(article.headline(), article.dek(), text);
  }

  /** Takes an article's words; called from many threads at once. */
  void add(Article article, WordCounts words) {
    index.add(article.source().relativePath(), words);
  }

  /** For each position of the archive, the positions of its related articles, best first. */
  int[][] compute(Archive archive) {
    return index.build(archive.articles().stream().map(RelatedStories::story).toList(), MAX);
  }

  private static Story story(Article a) {
    return new Story(a.source().relativePath(), a.section(), a.tags(),
        a.date().map(d -> d.value().toLocalDate().toEpochDay()).orElse(Story.UNDATED));
  }
}
