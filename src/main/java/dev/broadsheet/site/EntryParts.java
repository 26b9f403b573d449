package dev.broadsheet.site;

import dev.broadsheet.related.WordCounts;
import dev.broadsheet.search.TermCounts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * How an entry of the cache's log is laid out: parts, each preceded by its length as four
 * bytes ({@link CacheLog#appendParts} writes them). An article's head entry is its metadata
 * alone, as it was written; its index entry its search terms, then its related-story words;
 * its body entry its plain text, then its HTML.
 */
final class EntryParts {
  private EntryParts() {}

  /** Steps over a part; returns where the next part's bytes begin, after its length. */
  static int skip(ByteBuffer parts) {
    int length = parts.getInt();
    parts.position(parts.position() + length);
    return parts.position() + 4;
  }

  /** Reads a part as UTF-8 text, stepping over it. */
  static String utf8(ByteBuffer parts) {
    int length = parts.getInt();
    String s = new String(parts.array(), parts.position(), length, StandardCharsets.UTF_8);
    parts.position(parts.position() + length);
    return s;
  }

  /** An index entry's search terms. */
  static TermCounts terms(byte[] index) {
    int length = ByteBuffer.wrap(index).getInt();
    return TermCounts.fromBytes(index, 4, length);
  }

  /** An index entry's related-story words; the entry's checksum has vouched for the bytes. */
  static WordCounts words(byte[] index) {
    int start = skip(ByteBuffer.wrap(index));
    int length = ByteBuffer.wrap(index, start - 4, 4).getInt();
    return WordCounts.fromTrustedBytes(index, start, length);
  }
}
