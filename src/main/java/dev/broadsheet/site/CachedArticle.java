package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.related.WordCounts;
import dev.broadsheet.search.TermCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * An article as the build cache holds it. Its parts are decoded when asked for, and its body
 * read from the log only then: a build that keeps an article's page and snippet needs neither
 * its text nor its HTML. Used by one thread at a time.
 */
final class CachedArticle {
  private final BuildCache cache;
  private final SourceFile file;
  private final CachedFile source;
  /** The metadata's entry, null until it is first needed. */
  private byte[] head;
  private ArticleCodec.Decoded decoded;
  private String text;
  private String html;
  private boolean damaged;

  CachedArticle(BuildCache cache, SourceFile file, CachedFile source, byte[] head) {
    this.cache = cache;
    this.file = file;
    this.source = source;
    this.head = head;
  }

  Article article() {
    return decoded().article();
  }

  List<Warning> warnings() {
    return decoded().warnings();
  }

  private ArticleCodec.Decoded decoded() {
    try {
      return decode();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build cache", e);
    }
  }

  /**
   * Decodes the metadata, which a reused entry must do before it is trusted. The article's
   * texts are left in its head ({@link BuildCache#headTexts}).
   */
  ArticleCodec.Decoded decode() throws IOException {
    if (decoded == null) {
      if (head == null) {
        head = cache.readHead(source.head(), source.headLength());
      }
      decoded = ArticleCodec.read(ByteBuffer.wrap(head), file, cache.zones(), cache.names(),
          cache.headTexts(), BuildCache.headEntry(source.head()));
    }
    return decoded;
  }

  /** The article's search terms; empty when their entry in the log is damaged. */
  Optional<TermCounts> terms() {
    try {
      return Optional.of(EntryParts.terms(cache.read(source.index(), source.indexLength())));
    } catch (IOException | RuntimeException e) {
      cache.damagedBody(file.relativePath());
      return Optional.empty();
    }
  }

  /** The article's related-story words; empty when their entry in the log is damaged. */
  Optional<WordCounts> words() {
    return cache.words(file);
  }

  /** The article's plain text; empty when its entry in the log is damaged. */
  Optional<String> text() {
    return readBody() ? Optional.of(text) : Optional.empty();
  }

  /** The article's body as HTML; empty when its entry in the log is damaged. */
  Optional<String> html() {
    return readBody() ? Optional.of(html) : Optional.empty();
  }

  /**
   * Reads the body once. A damaged body is only found now, after the head vouched for the
   * article: the caller reads the article's file instead, and the next build does too.
   */
  private boolean readBody() {
    if (text == null && !damaged) {
      try {
        ByteBuffer body = ByteBuffer.wrap(cache.read(source.body(), source.bodyLength()));
        text = EntryParts.utf8(body);
        html = EntryParts.utf8(body);
      } catch (IOException | RuntimeException e) {
        damaged = true;
        cache.damagedBody(file.relativePath());
      }
    }
    return !damaged;
  }
}
