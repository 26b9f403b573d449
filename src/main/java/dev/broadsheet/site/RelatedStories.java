package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.content.Article;
import dev.broadsheet.related.RelatedIndexBuilder;
import dev.broadsheet.related.Story;
import dev.broadsheet.related.WordCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The related-stories stage: collects each published article's text as it is read, then lists
 * up to {@link #MAX} related articles for each.
 */
final class RelatedStories {
  static final int MAX = 5;

  private final RelatedIndexBuilder index;

  /** For about {@code stories} articles. */
  RelatedStories(int stories) {
    this.index = new RelatedIndexBuilder(stories);
  }

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

  /**
   * For each position of the archive, the positions of its related articles, best first, and
   * how many were related afresh. What the last build left in {@code cache} spares relating
   * again the stories an edit cannot have changed.
   */
  RelatedIndexBuilder.Built compute(Archive archive, BuildCache cache) {
    List<Story> order = stories(archive);
    try (InputStream previous = cache.previousRelated().orElse(null);
        OutputStream next = cache.nextRelated()) {
      return index.build(order, MAX, previous, next);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /**
   * The archive's stories, in its order. The maps that let them share names and lists are gone
   * when this returns, before relating, where the heap is fullest.
   */
  private static List<Story> stories(Archive archive) {
    // Each section and tag lower-cased once, not once a story: a copy of each name for each of
    // a million stories was some 200 MB, held through the stage, and a rebuild ran out of
    // memory here.
    Map<String, String> lowerCase = new HashMap<>();
    UnaryOperator<String> lower =
        name -> lowerCase.computeIfAbsent(name, n -> n.toLowerCase(Locale.ROOT));
    // Stories with the same tags share one list of them: the lists were some 100 MB for a
    // million stories, held through the stage, and half of them were alike.
    Map<List<String>, List<String>> tagLists = new HashMap<>();
    return archive.articles().stream().map(a -> story(a, lower, tagLists)).toList();
  }

  private static Story story(Article a, UnaryOperator<String> lower,
      Map<List<String>, List<String>> tagLists) {
    // In lower case, sorted and distinct, as a story keeps them, so that it keeps this list.
    List<String> tags = List.of(a.tags().stream().map(lower).distinct().sorted()
        .toArray(String[]::new));
    return new Story(a.source().relativePath(), lower.apply(a.section()),
        tagLists.computeIfAbsent(tags, t -> t),
        a.date().map(d -> d.value().toLocalDate().toEpochDay()).orElse(Story.UNDATED));
  }
}
