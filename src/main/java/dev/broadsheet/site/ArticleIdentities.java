package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import dev.broadsheet.render.KeyInputs;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article's identity ({@link BuildCache#identity}) and slug, fingerprinted together once a
 * build and kept by position, ready to add to a page's key. Page keys name each article they
 * show, more than a million times for a hundred thousand articles: looking each one up in the
 * cache cost more than a tenth of a rebuild, and encoding its slug again for every page that
 * shows it a third of what fingerprinting the listings took. One fingerprint of both, sixteen
 * bytes an article, names the article as well as the two did: its page is where its slug says,
 * and what it shows was read from its file.
 */
final class ArticleIdentities implements ArticleIdentity {
  static final int BYTES = BuildCache.IDENTITY_BYTES;
  private final byte[] table;

  private ArticleIdentities(byte[] table) {
    this.table = table;
  }

  /** The identities and slugs of {@code articles}, in their order, as {@code cache} knows them. */
  static ArticleIdentities of(List<Article> articles, BuildCache cache) {
    byte[] table = new byte[BYTES * articles.size()];
    IntStream.range(0, articles.size()).parallel().forEach(i -> {
      Article article = articles.get(i);
      KeyInputs named = new KeyInputs(BYTES + 96).fixed(cache.identity(article), 0, BYTES)
          .text(article.slug());
      System.arraycopy(Digests.quick(named.bytes(), 0, named.size()), 0, table, i * BYTES,
          BYTES);
    });
    return new ArticleIdentities(table);
  }

  /** How many articles. */
  int size() {
    return table.length / BYTES;
  }

  /**
   * Whether the article at {@code position} is the one named by the {@link #BYTES} bytes of
   * {@code identity} from {@code from}, as {@link #writeTo} wrote them.
   */
  boolean is(int position, byte[] identity, int from) {
    return Arrays.equals(table, position * BYTES, (position + 1) * BYTES, identity, from,
        from + BYTES);
  }

  /** Writes the identity of the article at {@code position}, {@link #BYTES} bytes. */
  void writeTo(DataOutput out, int position) throws IOException {
    out.write(table, position * BYTES, BYTES);
  }

  @Override
  public void addTo(KeyInputs inputs, int position) {
    inputs.fixed(table, position * BYTES, BYTES);
  }
}
