package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.content.Article;
import dev.broadsheet.related.RelatedIndexBuilder;
import dev.broadsheet.related.Story;

/**
 * The related-stories stage: collects each published article's text as it is read, then lists
 * up to {@link #MAX} related articles for each.
 */
final class RelatedStories {
  static final int MAX = 5;

  private final RelatedIndexBuilder index = new RelatedIndexBuilder();

  /**
   * Takes an article's text; called from many threads at once. The headline and dek go with the
   * body: they name the story in the fewest words.
   */
  void add(Article article, String text) {
    index.add(article.source().relativePath(), article.headline(), article.dek(), text);
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
