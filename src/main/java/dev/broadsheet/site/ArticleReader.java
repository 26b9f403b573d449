package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.related.WordCounts;
import dev.broadsheet.search.TermCounter;
import dev.broadsheet.search.TermCounts;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads articles through the build cache: an article whose file is as last seen comes from the
 * cache; any other is read from its file, and goes into the cache for next time.
 */
final class ArticleReader {
  /**
   * An article's metadata, what was odd about it, its words for related stories and its terms
   * for the search index (each worked out when asked for: the indexes may hold them from the
   * previous build); {@code asBefore} when it is as the previous build read it.
   */
  record Read(Article article, List<Warning> warnings, Supplier<WordCounts> words,
      Supplier<TermCounts> terms, boolean asBefore) {}

  private final ArticleLoader loader;
  private final BuildCache cache;
  private final TermCounter terms;

  ArticleReader(ArticleLoader loader, BuildCache cache, TermCounter terms) {
    this.loader = loader;
    this.cache = cache;
    this.terms = terms;
  }

  /**
   * Reads {@code file}, the {@code slot}th of the build's articles, whose size and time the scan
   * found to be {@code stamp}; its bytes come through {@code ahead}, which may have read them.
   */
  Read read(int slot, SourceFile file, ArticleScanner.Stamp stamp, ArticleReadAhead ahead) {
    long size = stamp.size();
    long modified = stamp.modified();
    Optional<CachedArticle> hit = cache.byStamp(slot, file, size, modified);
    if (hit.isEmpty()) {
      byte[] bytes = ahead.read(slot, file, size);
      byte[] hash = Digests.content(bytes);
      hit = cache.byHash(slot, file, size, modified, hash);
      if (hit.isEmpty()) {
        ArticleLoader.Loaded loaded = loader.load(file, bytes);
        String text = loaded.text().get();
        // The body is rendered now, while the article is parsed, and kept in the cache for the
        // page: parsing every article twice would cost more than writing and reading it back.
        // So are the words the indexes need: counted once, not again in every later build.
        WordCounts words = RelatedStories.words(loaded.article(), text);
        TermCounts counts = terms.count(loaded.article().headline(), text);
        // Its names shared as a cached article's are as it is decoded.
        Article article = cache.store(file, size, modified, hash,
            cache.names().share(loaded.article()), loaded.warnings(), text,
            loaded.bodyHtml().get(), counts, words);
        return new Read(article, loaded.warnings(), () -> words, () -> counts, false);
      }
    }
    CachedArticle c = hit.get();
    return new Read(c.article(), c.warnings(), new CachedWords(this, file, c),
        new CachedTerms(this, file, c), true);
  }

  // Records, not lambdas: a capturing lambda, made for each of 100,000 articles, was allocated
  // through a method handle the quick compiler does not inline, 12 ms of a rebuild's load.

  /** A cached article's related-story words, read when asked for. */
  private record CachedWords(ArticleReader reader, SourceFile file, CachedArticle cached)
      implements Supplier<WordCounts> {
    @Override
    public WordCounts get() {
      return reader.words(file, cached);
    }
  }

  /** A cached article's search terms, read when asked for. */
  private record CachedTerms(ArticleReader reader, SourceFile file, CachedArticle cached)
      implements Supplier<TermCounts> {
    @Override
    public TermCounts get() {
      return reader.terms(file, cached);
    }
  }

  /**
   * What reads ahead, for {@link #read}, the files of {@code scan} that the cache does not hold
   * as they are.
   */
  ArticleReadAhead readAhead(ArticleScanner.Scan scan) {
    List<SourceFile> files = scan.articles();
    List<ArticleScanner.Stamp> stamps = scan.stamps();
    return ArticleReadAhead.of(files, stamps, slot -> !cache.knowsByStamp(slot,
        files.get(slot), stamps.get(slot).size(), stamps.get(slot).modified()), loader);
  }

  /**
   * The related-story words of the article at {@code path} as this build read it, or empty if
   * it read none there.
   */
  Optional<WordCounts> words(String path) {
    return cache.file(path).flatMap(file -> cache.words(file)
        .or(() -> cache.get(file).map(cached -> countedAgain(file, cached))));
  }

  /**
   * The related-story words of {@code file}'s article, which the cache holds as {@code cached}:
   * from the cache, or counted again if their entry there is damaged.
   */
  private WordCounts words(SourceFile file, CachedArticle cached) {
    return cached.words().orElseGet(() -> countedAgain(file, cached));
  }

  private WordCounts countedAgain(SourceFile file, CachedArticle cached) {
    return RelatedStories.words(cached.article(), new ArticleBody(file, cache, loader).text());
  }

  /**
   * The search terms of {@code file}'s article, which the cache holds as {@code cached}: from
   * the cache, or counted again if their entry there is damaged.
   */
  TermCounts terms(SourceFile file, CachedArticle cached) {
    return cached.terms().orElseGet(() -> terms.count(cached.article().headline(),
        new ArticleBody(file, cache, loader).text()));
  }
}
