package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.related.LastBuild;
import dev.broadsheet.related.RelatedIndexBuilder;
import dev.broadsheet.related.RelatedLists;
import dev.broadsheet.related.Story;
import dev.broadsheet.related.WordCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

  /**
   * Takes a published article's words, or if it is as the last build read it, notes that its
   * words are as they were; called from many threads at once.
   */
  void add(ArticleReader.Read read) {
    String key = read.article().source().relativePath();
    if (read.asBefore()) {
      index.keep(key);
    } else {
      index.add(key, read.words().get());
    }
  }

  /**
   * Tells the index the words, as the last build had them, of its articles that this build did
   * not find as they were (changed, gone or damaged), so that they count no more. Called once
   * every article is read, while the cache can still find them.
   */
  void forgetChanged(BuildCache cache) {
    Set<String> changed = cache.notReused();
    if (changed.size() > RelatedIndexBuilder.MAX_FORGOTTEN) {
      index.recount();
      return;
    }
    for (String path : changed) {
      index.forget(path, cache.previousWords(path));
    }
  }

  /**
   * For each position of the archive, whose articles are {@code archive} in order, the
   * positions of its related articles, best first, and how many were related afresh. What the
   * last build left in {@code cache} spares relating again the stories an edit cannot have
   * changed; {@code reader} gives the words of those kept. The state for the next build is
   * written too, after the lists are given when {@code beside}: on threads of their own, while
   * the build goes on.
   */
  Relating start(List<Article> archive, BuildCache cache, ArticleReader reader,
      boolean beside) {
    Supplier<RelatedIndexBuilder.Built> relate = () -> index.build(stories(archive), MAX,
        new LastBuild() {
          @Override
          public Optional<InputStream> state() {
            return cache.states().previousRelated();
          }

          @Override
          public Optional<WordCounts> words(String key) {
            return reader.words(key);
          }
        });
    if (!beside) {
      RelatedIndexBuilder.Built built = relate.get();
      keepState(built, cache);
      return new Relating(CompletableFuture.completedFuture(built.withoutState()),
          CompletableFuture.completedFuture(null));
    }
    CompletableFuture<RelatedIndexBuilder.Built> made =
        CompletableFuture.supplyAsync(relate, Tasks.daemon("broadsheet-related"));
    // The articles' pages need only the lists: the state (0.1 s of a rebuild of 100,000) is
    // written while they are made.
    return new Relating(made.thenApply(RelatedIndexBuilder.Built::withoutState),
        made.thenAcceptAsync(built -> keepState(built, cache),
            Tasks.daemon("broadsheet-related-state")));
  }

  private static void keepState(RelatedIndexBuilder.Built built, BuildCache cache) {
    try (OutputStream next = cache.states().nextRelated()) {
      built.writeState(next);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /** The related stories being worked out ({@link #start}), and their state written. */
  static final class Relating {
    private final CompletableFuture<RelatedIndexBuilder.Built> lists;
    private final CompletableFuture<Void> kept;

    private Relating(CompletableFuture<RelatedIndexBuilder.Built> lists,
        CompletableFuture<Void> kept) {
      this.lists = lists;
      this.kept = kept;
    }

    /**
     * Each article's related stories, by its place in the archive, once worked out; how many
     * were related afresh goes to {@code note}.
     */
    RelatedLists lists(Consumer<String> note) {
      RelatedIndexBuilder.Built built = Tasks.joined(lists);
      int[][] all = built.lists();
      if (built.asBefore()) {
        note.accept("related stories: as last time, no story's words, section, tags, date or"
            + " place having changed");
      } else if (built.related() < all.length) {
        note.accept("related stories: " + built.related() + " of " + all.length
            + " related afresh, the rest as last time");
      }
      return RelatedLists.of(all);
    }

    /** Waits until the state for the next build is written. */
    void stateKept() {
      Tasks.joined(kept);
    }

    /** Waits until relating and writing end, however they end: the build is failing. */
    void settle() {
      Tasks.settled(lists);
      Tasks.settled(kept);
    }
  }

  /**
   * The archive's stories, in its order. The maps that let them share names and lists are gone
   * when this returns, before relating, where the heap is fullest.
   */
  private static List<Story> stories(List<Article> archive) {
    // Each section and tag lower-cased once, not once a story: a copy of each name for each of
    // a million stories was some 200 MB, held through the stage, and a rebuild ran out of
    // memory here.
    Map<String, String> lowerCase = new HashMap<>();
    UnaryOperator<String> lower =
        name -> lowerCase.computeIfAbsent(name, n -> n.toLowerCase(Locale.ROOT));
    // Stories with the same tags share one list of them: the lists were some 100 MB for a
    // million stories, held through the stage, and half of them were alike.
    Map<List<String>, List<String>> tagLists = new HashMap<>();
    // On this thread alone. In parallel, it ran beside the archive's own parallel work, this
    // thread spinning for the common pool (ForkJoinPool's helpComplete, 60 ms of a rebuild of
    // 100,000 after an edit) while the archive's tasks queued behind its own: that stage took
    // 0.42-0.48 s against 0.35-0.40 s now, the rebuild 2.72-2.94 s against 2.60-2.73 s by its
    // own count (three alternating). The million, related on the main thread once the
    // archive is made, loses about half a second of its six minutes.
    Story[] stories = new Story[archive.size()];
    for (int i = 0; i < stories.length; i++) {
      stories[i] = story(archive.get(i), lower, tagLists);
    }
    return List.of(stories);
  }

  private static Story story(Article a, UnaryOperator<String> lower,
      Map<List<String>, List<String>> tagLists) {
    // In lower case, sorted and distinct, as a story keeps them, so that it keeps this list.
    // A loop, not a stream: this runs for every article of every build, in the quick compiler.
    List<String> given = a.tags();
    String[] tags = new String[given.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = lower.apply(given.get(i));
    }
    Arrays.sort(tags);
    int distinct = 0;
    for (String tag : tags) {
      if (distinct == 0 || !tags[distinct - 1].equals(tag)) {
        tags[distinct++] = tag;
      }
    }
    List<String> list = List.of(distinct == tags.length ? tags : Arrays.copyOf(tags, distinct));
    Optional<ArticleDate> date = a.date();
    long day = date.isPresent() ? date.get().epochDay() : Story.UNDATED;
    return new Story(a.source().relativePath(), lower.apply(a.section()),
        tagLists.computeIfAbsent(list, t -> t), day);
  }
}
