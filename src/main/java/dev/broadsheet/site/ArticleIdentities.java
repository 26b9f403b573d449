package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.render.ArticleIdentity;
import dev.broadsheet.render.KeyInputs;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

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
  private static final int VERSION = 1;
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

  /**
   * The places whose article is not the one the last build had there, as its note in
   * {@code cache} ({@link #keepFor}) says: every place when there is none, it is damaged, or the
   * archive is of another size. A page that shows only articles at places not set here, and
   * where it showed them, is as the last build made it, if nothing else it shows changed.
   */
  BitSet changedSince(BuildCache cache) {
    return changedSince(cache.previousIdentities());
  }

  private BitSet changedSince(Optional<InputStream> previous) {
    int n = size();
    BitSet changed = new BitSet(n);
    changed.set(0, n);
    if (previous.isEmpty()) {
      return changed;
    }
    BitSet found = new BitSet(n);
    CRC32C crc = new CRC32C();
    try (InputStream in = previous.get()) {
      DataInputStream numbers = new DataInputStream(in);
      if (numbers.readInt() != VERSION || numbers.readInt() != n) {
        return changed;
      }
      // A few thousand identities at a time: a million of them are 16 MB.
      byte[] chunk = new byte[BYTES * 4096];
      for (int from = 0; from < n; from += chunk.length / BYTES) {
        int count = Math.min(n - from, chunk.length / BYTES);
        numbers.readFully(chunk, 0, count * BYTES);
        crc.update(chunk, 0, count * BYTES);
        for (int i = 0; i < count; i++) {
          if (!is(from + i, chunk, i * BYTES)) {
            found.set(from + i);
          }
        }
      }
      if (numbers.readLong() != crc.getValue()) {
        return changed;
      }
    } catch (IOException e) {
      return changed; // a damaged note is none: every place is taken as changed
    }
    return found;
  }

  /** Notes in {@code cache}, for the next build, which article is at each place. */
  void keepFor(BuildCache cache) {
    try (OutputStream out = cache.states().nextIdentities()) {
      CRC32C crc = new CRC32C();
      crc.update(table, 0, table.length);
      DataOutputStream numbers = new DataOutputStream(out);
      numbers.writeInt(VERSION);
      numbers.writeInt(size());
      numbers.write(table);
      numbers.writeLong(crc.getValue());
      numbers.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /** How many articles. */
  int size() {
    return table.length / BYTES;
  }

  /**
   * Whether the article at {@code position} is the one named by the {@link #BYTES} bytes of
   * {@code identity} from {@code from}, as {@link #keepFor} notes them.
   */
  boolean is(int position, byte[] identity, int from) {
    return Arrays.equals(table, position * BYTES, (position + 1) * BYTES, identity, from,
        from + BYTES);
  }

  @Override
  public void addTo(KeyInputs inputs, int position) {
    inputs.fixed(table, position * BYTES, BYTES);
  }
}
