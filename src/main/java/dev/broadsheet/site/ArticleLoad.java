package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.content.SlugAssigner;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.search.SearchIndexBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The build's load stage: reads every article in parallel, keeps those to publish, gives each a
 * slug of its own and puts them in index order. Warnings and failures go to the build's lists.
 */
final class ArticleLoad {
  /**
   * The published articles in index order ({@link IndexOrder}), and where each file's article
   * is among them, or -1 for a file that is not published: the search index took the articles'
   * terms by file, as they were read.
   */
  record Ordered(List<Article> articles, int[] slotPositions) {}

  private final BuildOptions options;
  private final BuildProgress progress;
  private final List<Warning> warnings;
  private final List<String> failures;
  /**
   * Files a thread takes at a time: few, so that the threads read the files in about the order
   * they are read ahead ({@link ArticleReadAhead}); a claim is one atomic addition.
   */
  private static final int CLAIM = 16;
  private int readAfresh;
  /** The file of each published article, by its place among them as read. */
  private int[] slots = new int[0];

  ArticleLoad(BuildOptions options, BuildProgress progress, List<Warning> warnings,
      List<String> failures) {
    this.options = options;
    this.progress = progress;
    this.warnings = warnings;
    this.failures = failures;
  }

  /** How many articles {@link #read} read from their files, not as the last build had them. */
  int readAfresh() {
    return readAfresh;
  }

  /**
   * Reads every article in parallel and keeps those to publish, in path order; the first
   * failure in path order is thrown, or with keep-going every failure is listed and the article
   * left out. Each published article's words go to the related-stories index, and its terms to
   * the search index under its place in the scan, as it is read, so no text is kept. A file is
   * taken to be as the scan found it (its size and time), so one the cache knows is not looked
   * at again.
   */
  List<Article> read(ArticleScanner.Scan scan, ArticleReader reader, RelatedStories related,
      SearchIndexBuilder search) {
    List<SourceFile> files = scan.articles();
    LongAdder afresh = new LongAdder();
    Object[] results = new Object[files.size()];
    AtomicInteger next = new AtomicInteger();
    try (ArticleReadAhead ahead = reader.readAhead(scan)) {
      // Each thread takes the next few files in order, so that the files read ahead are those
      // the threads are about to parse.
      IntStream.range(0, ForkJoinPool.getCommonPoolParallelism() + 1).parallel().forEach(t -> {
        for (int start; (start = next.getAndAdd(CLAIM)) < results.length; ) {
          int end = Math.min(results.length, start + CLAIM);
          ahead.claimed(end);
          for (int i = start; i < end; i++) {
            results[i] = readOne(i, files.get(i), scan.stamps().get(i), reader, ahead, related,
                search, afresh);
          }
        }
      });
    }
    readAfresh = afresh.intValue();
    slots = new int[files.size()];
    List<Article> articles = new ArrayList<>(files.size());
    for (int slot = 0; slot < results.length; slot++) {
      Object r = results[slot];
      if (r instanceof ContentException e) {
        if (!options.keepGoing()) {
          throw e;
        }
        failures.add(e.getMessage());
        continue;
      }
      Article article;
      if (r instanceof Result read) {
        warnings.addAll(read.warnings());
        article = read.article();
      } else {
        article = (Article) r;
      }
      if (publishable(article)) {
        slots[articles.size()] = slot;
        articles.add(article);
      }
    }
    return articles;
  }

  /**
   * A file's result, kept to the end of the load: the metadata only, as words go to the related
   * index and terms to the search index as they are read. Most articles have no warnings, and
   * are their own result (an {@link Article}): a record each is 24 bytes a million times. A file
   * that cannot be built gives a {@link ContentException}.
   */
  private record Result(Article article, List<Warning> warnings) {}

  /** Reads the {@code slot}th file of the scan, whose size and time are {@code stamp}. */
  private Object readOne(int slot, SourceFile file, ArticleScanner.Stamp stamp,
      ArticleReader reader, ArticleReadAhead ahead, RelatedStories related,
      SearchIndexBuilder search, LongAdder afresh) {
    try {
      ArticleReader.Read read = reader.read(slot, file, stamp, ahead);
      if (!read.asBefore()) {
        afresh.increment();
      }
      if (publishable(read.article())) {
        related.add(read);
        if (!search.reuses(slot, read.asBefore())) {
          search.addTerms(slot, read.terms().get());
        }
      }
      progress.step("reading");
      // Held to the end of the build: its names are shared with the articles read before
      // (SharedNames), as the reader read it.
      Article article = read.article();
      return read.warnings().isEmpty() ? article : new Result(article, read.warnings());
    } catch (ContentException e) {
      return e;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, but one file's: name it, so the user knows which file to set aside.
      return new ContentException(file.relativePath(), 0, "cannot be built, an internal error ("
          + e + "); please report it", e);
    }
  }

  /**
   * The articles {@link #read} gave, each with a slug of its own, in index order: newest first,
   * undated last, ties and undated by source path.
   */
  Ordered inIndexOrder(List<Article> read) {
    SlugAssigner.Result unique = SlugAssigner.assign(read);
    warnings.addAll(unique.warnings());
    List<Article> articles = unique.articles();
    int[] order = IndexOrder.of(articles);
    List<Article> ordered = new ArrayList<>(articles.size());
    int[] positions = new int[slots.length];
    Arrays.fill(positions, -1);
    for (int p = 0; p < order.length; p++) {
      ordered.add(articles.get(order[p]));
      positions[slots[order[p]]] = p;
    }
    return new Ordered(ordered, positions);
  }

  /** Drafts and articles dated after the build clock wait unless asked for. */
  private boolean publishable(Article a) {
    if (a.draft() && !options.drafts()) {
      return false;
    }
    Optional<ArticleDate> date = a.date();
    return options.future() || date.isEmpty() || !date.get().isAfter(options.clock());
  }
}
