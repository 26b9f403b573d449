package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where a build keeps its articles' texts rather than in the heap: a build holds every article
 * to its end, and a million articles' texts are some 280 MB. A file of the build's own in the
 * cache folder, holding the texts alone, so that the pages read while the site is written are
 * few: read from the log, beside the bodies, they were spread over all of its gigabyte at
 * 100,000 articles. Removed when the build ends.
 */
final class TextsFile implements AutoCloseable {
  private static final String PREFIX = "texts-";
  private final Path dir;
  private final CacheLog log;
  private final Article.TextStore store = this::read;

  private TextsFile(Path dir, CacheLog log) {
    this.dir = dir;
    this.log = log;
  }

  /** A new file of texts in the cache folder {@code dir}, named for this build alone. */
  static TextsFile create(Path dir) throws IOException {
    return new TextsFile(dir, CacheLog.open(dir, PREFIX + UUID.randomUUID() + ".tmp"));
  }

  /**
   * Whether the cache folder's file {@code name} is another build's file of texts: one that
   * was stopped before it could remove its own.
   */
  boolean isOthers(String name) {
    return name.startsWith(PREFIX) && !name.equals(log.name());
  }

  /** {@code article}, its texts kept in this file. */
  Article spilled(Article article) {
    try {
      // The texts begin after the entry's length; the article checks them by a CRC of its own.
      long entry = log.append(article.texts().utf8());
      return article.withTextsIn(store, entry + Integer.BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  private byte[] read(long position, int length) {
    try {
      return log.bytes(position, length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build cache", e);
    }
  }

  @Override
  public void close() throws IOException {
    log.close();
    try {
      Files.deleteIfExists(dir.resolve(log.name()));
    } catch (IOException e) {
      // Still mapped, as Windows does not let go of such a file: the next build removes it.
    }
  }
}
