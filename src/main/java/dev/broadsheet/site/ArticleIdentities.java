package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import dev.broadsheet.render.KeyInputs;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article's identity ({@link BuildCache#identity}), made once a build and kept by
 * position. Page keys name each article they show, more than a million times for a hundred
 * thousand articles: looking each one up in the cache and spelling it out again cost more than
 * a tenth of a rebuild. Sixteen bytes an article, so a million articles take 16 MB.
 */
final class ArticleIdentities implements ArticleIdentity {
  private static final int BYTES = BuildCache.IDENTITY_BYTES;
  private final byte[] table;

  private ArticleIdentities(byte[] table) {
    this.table = table;
  }

  /** The identities of {@code articles}, in their order, as {@code cache} knows them. */
  static ArticleIdentities of(List<Article> articles, BuildCache cache) {
    byte[] table = new byte[BYTES * articles.size()];
    IntStream.range(0, articles.size()).parallel().forEach(i -> System.arraycopy(
        cache.identity(articles.get(i)), 0, table, i * BYTES, BYTES));
    return new ArticleIdentities(table);
  }

  @Override
  public void addTo(KeyInputs inputs, int position) {
    inputs.fixed(table, position * BYTES, BYTES);
  }
}
