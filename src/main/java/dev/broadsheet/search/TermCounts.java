package dev.broadsheet.search;

import java.nio.ByteBuffer;

/**
 * One article's index terms, each with its count in the headline and in the body, in a compact
 * form that the build cache keeps: an article whose file has not changed is not split into words
 * again. Immutable.
 */
public final class TermCounts {
  /** Each term as: bucket (1 byte), UTF-8 length (2), UTF-8, counts (4: headline, body). */
  private final byte[] entries;
  private final int headlineTerms;
  private final int bodyTerms;

  private TermCounts(byte[] entries, int headlineTerms, int bodyTerms) {
    this.entries = entries;
    this.headlineTerms = headlineTerms;
    this.bodyTerms = bodyTerms;
  }

  /** Builds the counts of one article, term by term. */
  static final class Builder {
    private final ByteSink bytes = new ByteSink(4096);
    private int headlineTerms;
    private int bodyTerms;

    void add(Spill.Term term, int inHeadline, int inBody) {
      bytes.putByte(term.bucket()).putShort(term.utf8().length)
          .put(term.utf8(), 0, term.utf8().length)
          .putInt(Math.min(inHeadline, 0xffff) << 16 | Math.min(inBody, 0xffff));
      headlineTerms += inHeadline;
      bodyTerms += inBody;
    }

    TermCounts build() {
      return new TermCounts(bytes.toByteArray(), headlineTerms, bodyTerms);
    }
  }

  int headlineTerms() {
    return headlineTerms;
  }

  int bodyTerms() {
    return bodyTerms;
  }

  /** Gives each term's postings for the article in {@code slot} to {@code batch}. */
  void addTo(Spill.Batch batch, int slot) {
    ByteBuffer in = ByteBuffer.wrap(entries);
    while (in.hasRemaining()) {
      int bucket = in.get() & 0xff;
      int length = in.getShort() & 0xffff;
      int start = in.position();
      in.position(start + length);
      batch.add(bucket, entries, start, length, slot, in.getInt());
    }
  }

  /** The counts as bytes, for the build cache. */
  public byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(8 + entries.length);
    out.putInt(headlineTerms).putInt(bodyTerms).put(entries);
    return out.array();
  }

  /**
   * Counts from {@link #toBytes()}.
   *
   * @throws IllegalArgumentException when the bytes are not such counts
   */
  public static TermCounts fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      int headline = in.getInt();
      int body = in.getInt();
      byte[] entries = new byte[in.remaining()];
      in.get(entries);
      // Walk the entries once, so that bad bytes fail here rather than halfway into the index.
      ByteBuffer check = ByteBuffer.wrap(entries);
      while (check.hasRemaining()) {
        int bucket = check.get() & 0xff;
        int length = check.getShort() & 0xffff;
        if (bucket >= Spill.BUCKETS || length == 0) {
          throw new IllegalArgumentException("not term counts");
        }
        check.position(check.position() + length);
        check.getInt();
      }
      return new TermCounts(entries, headline, body);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not term counts", e);
    }
  }
}
