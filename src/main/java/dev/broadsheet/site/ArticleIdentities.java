package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import dev.broadsheet.render.KeyInputs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article's identity ({@link BuildCache#identity}) and slug, made once a build and kept
 * by position, ready to add to a page's key. Page keys name each article they show, more than
 * a million times for a hundred thousand articles: looking each one up in the cache cost more
 * than a tenth of a rebuild, and reaching each slug through its article, scattered over the
 * heap, most of what was left. About 80 bytes an article, so a million take 80 MB.
 */
final class ArticleIdentities implements ArticleIdentity {
  private static final int BYTES = BuildCache.IDENTITY_BYTES;
  private final byte[] table;
  /** Every slug as UTF-8, one after another, and where each starts: one more than slugs. */
  private final byte[] slugs;
  private final int[] starts;

  private ArticleIdentities(byte[] table, byte[] slugs, int[] starts) {
    this.table = table;
    this.slugs = slugs;
    this.starts = starts;
  }

  /** The identities and slugs of {@code articles}, in their order, as {@code cache} knows them. */
  static ArticleIdentities of(List<Article> articles, BuildCache cache) {
    byte[] table = new byte[BYTES * articles.size()];
    IntStream.range(0, articles.size()).parallel().forEach(i -> System.arraycopy(
        cache.identity(articles.get(i)), 0, table, i * BYTES, BYTES));
    byte[][] each = articles.stream().map(a -> a.slug().getBytes(StandardCharsets.UTF_8))
        .toArray(byte[][]::new);
    int[] starts = new int[each.length + 1];
    for (int i = 0; i < each.length; i++) {
      starts[i + 1] = starts[i] + each[i].length;
    }
    byte[] slugs = new byte[starts[each.length]];
    for (int i = 0; i < each.length; i++) {
      System.arraycopy(each[i], 0, slugs, starts[i], each[i].length);
    }
    return new ArticleIdentities(table, slugs, starts);
  }

  @Override
  public void addTo(KeyInputs inputs, int position) {
    inputs.fixed(table, position * BYTES, BYTES);
    int length = starts[position + 1] - starts[position];
    inputs.number(length).fixed(slugs, starts[position], length);
  }
}
