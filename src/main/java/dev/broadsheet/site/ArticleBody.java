package dev.broadsheet.site;

import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.SourceFile;
import java.util.Optional;

/**
 * An article's body HTML and plain text for writing its page and search fragment, read from the
 * build cache when first asked for, or from the article's file when the cache lacks them. A
 * rebuild keeps most pages and fragments, so most articles' bodies are never read. Used by one
 * thread.
 */
final class ArticleBody {
  private final SourceFile file;
  private final BuildCache cache;
  private final ArticleLoader loader;
  private Optional<CachedArticle> cached;
  /** The file as read when the cache lacked the body, so a page and a fragment read it once. */
  private ArticleLoader.Loaded loaded;

  ArticleBody(SourceFile file, BuildCache cache, ArticleLoader loader) {
    this.file = file;
    this.cache = cache;
    this.loader = loader;
  }

  String html() {
    return cached().flatMap(CachedArticle::html)
        .orElseGet(() -> loaded().bodyHtml().get());
  }

  String text() {
    return cached().flatMap(CachedArticle::text)
        .orElseGet(() -> loaded().text().get());
  }

  private ArticleLoader.Loaded loaded() {
    if (loaded == null) {
      loaded = loader.load(file);
    }
    return loaded;
  }

  private Optional<CachedArticle> cached() {
    if (cached == null) {
      cached = cache.body(file);
    }
    return cached;
  }
}
