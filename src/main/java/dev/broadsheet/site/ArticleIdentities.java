package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article's identity ({@link BuildCache#identity}), made once a build and kept by
 * position. Page keys name each article they show, more than a million times for a hundred
 * thousand articles: looking each one up in the cache and spelling it out again cost more than
 * a tenth of a rebuild. Sixteen bytes an article, so a million articles take 16 MB.
 */
final class ArticleIdentities implements ArticleIdentity {
  private static final int BYTES = 16;
  /** One character a byte (Latin-1, so stored a byte a character): appended by copying. */
  private final String table;

  private ArticleIdentities(String table) {
    this.table = table;
  }

  /** The identities of {@code articles}, in their order, as {@code cache} knows them. */
  static ArticleIdentities of(List<Article> articles, BuildCache cache) {
    byte[] table = new byte[BYTES * articles.size()];
    IntStream.range(0, articles.size()).parallel().forEach(i -> System.arraycopy(
        cache.identity(articles.get(i)), 0, table, i * BYTES, BYTES));
    return new ArticleIdentities(new String(table, StandardCharsets.ISO_8859_1));
  }

  /** Appends the identity, one character a byte: it is hashed into keys, never shown. */
  @Override
  public void appendTo(StringBuilder sb, int position) {
    sb.append(table, position * BYTES, (position + 1) * BYTES);
  }
}
