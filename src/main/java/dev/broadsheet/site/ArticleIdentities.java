package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import dev.broadsheet.render.KeyInputs;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article's identity ({@link BuildCache#identity}) and slug, made once a build and kept
 * by position, ready to add to a page's key. Page keys name each article they show, more than
 * a million times for a hundred thousand articles: looking each one up in the cache cost more
 * than a tenth of a rebuild, and reaching each slug through its article, scattered over the
 * heap, most of what was left. The slugs are the articles' own strings: a copy of every slug in
 * one block took 70 MB more for a million articles.
 */
final class ArticleIdentities implements ArticleIdentity {
  private static final int BYTES = BuildCache.IDENTITY_BYTES;
  private final byte[] table;
  /** By position. */
  private final String[] slugs;

  private ArticleIdentities(byte[] table, String[] slugs) {
    this.table = table;
    this.slugs = slugs;
  }

  /** The identities and slugs of {@code articles}, in their order, as {@code cache} knows them. */
  static ArticleIdentities of(List<Article> articles, BuildCache cache) {
    byte[] table = new byte[BYTES * articles.size()];
    IntStream.range(0, articles.size()).parallel().forEach(i -> System.arraycopy(
        cache.identity(articles.get(i)), 0, table, i * BYTES, BYTES));
    return new ArticleIdentities(table,
        articles.stream().map(Article::slug).toArray(String[]::new));
  }

  @Override
  public void addTo(KeyInputs inputs, int position) {
    inputs.fixed(table, position * BYTES, BYTES).text(slugs[position]);
  }
}
