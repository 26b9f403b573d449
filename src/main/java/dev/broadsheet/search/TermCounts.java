package dev.broadsheet.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's index terms, each with its count in the headline and in the body, in a compact
 * form that the build cache keeps: an article whose file has not changed is not split into words
 * again. Immutable.
 */
public final class TermCounts {
  /**
   * Each term as: bucket (1 byte), UTF-8 length (2), UTF-8, counts (4: headline, body); sorted
   * by bucket, so that the search index takes each bucket's share in one piece.
   */
  private final byte[] entries;
  private final int headlineTerms;
  private final int bodyTerms;

  private TermCounts(byte[] entries, int headlineTerms, int bodyTerms) {
    this.entries = entries;
    this.headlineTerms = headlineTerms;
    this.bodyTerms = bodyTerms;
  }

  /**
   * Builds the counts of one article, term by term, given in an order that depends on the text
   * alone (as the bytes in the cache must).
   */
  static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private int headlineTerms;
    private int bodyTerms;

    private record Entry(Spill.Term term, int counts) {}

    void add(Spill.Term term, int inHeadline, int inBody) {
      entries.add(new Entry(term, Math.min(inHeadline, 0xffff) << 16 | Math.min(inBody, 0xffff)));
      headlineTerms += inHeadline;
      bodyTerms += inBody;
    }

    TermCounts build() {
      // By bucket, keeping the order they came in within one: the counting sort is linear.
      int[] starts = new int[Spill.BUCKETS + 1];
      for (Entry e : entries) {
        starts[e.term().bucket() + 1]++;
      }
      for (int b = 0; b < Spill.BUCKETS; b++) {
        starts[b + 1] += starts[b];
      }
      Entry[] sorted = new Entry[entries.size()];
      for (Entry e : entries) {
        sorted[starts[e.term().bucket()]++] = e;
      }
      ByteSink bytes = new ByteSink(4096);
      for (Entry e : sorted) {
        bytes.putByte(e.term().bucket()).putShort(e.term().utf8().length)
            .put(e.term().utf8(), 0, e.term().utf8().length).putInt(e.counts());
      }
      return new TermCounts(bytes.toByteArray(), headlineTerms, bodyTerms);
    }
  }

  int headlineTerms() {
    return headlineTerms;
  }

  int bodyTerms() {
    return bodyTerms;
  }

  /**
   * Gives each term's postings for the article in {@code slot} to {@code spill}: the entries
   * are sorted by bucket, so each bucket's share is one run, handed over as it is.
   */
  void addTo(Spill spill, int slot) {
    int start = 0;
    while (start < entries.length) {
      int bucket = entries[start] & 0xff;
      int end = start;
      while (end < entries.length && (entries[end] & 0xff) == bucket) {
        // Bucket (1), length (2), UTF-8, counts (4).
        end += 7 + ((entries[end + 1] & 0xff) << 8 | (entries[end + 2] & 0xff));
      }
      spill.append(bucket, slot, entries, start, end - start);
      start = end;
    }
  }

  /** What {@link #forEachIn} gives: a term and its counts, the headline's shifted 16 bits. */
  @FunctionalInterface
  interface TermConsumer {
    void accept(String term, int counts);
  }

  /** Gives each term in {@code bucket} with its counts to {@code consumer}. */
  void forEachIn(int bucket, TermConsumer consumer) {
    for (int at = 0; at < entries.length; ) {
      int length = (entries[at + 1] & 0xff) << 8 | (entries[at + 2] & 0xff);
      if ((entries[at] & 0xff) == bucket) {
        int counts = ByteBuffer.wrap(entries, at + 3 + length, 4).getInt();
        consumer.accept(new String(entries, at + 3, length, StandardCharsets.UTF_8), counts);
      }
      at += 7 + length;
    }
  }

  /** Its terms. */
  Set<String> terms() {
    Set<String> terms = new HashSet<>();
    for (int bucket = 0; bucket < Spill.BUCKETS; bucket++) {
      forEachIn(bucket, (term, counts) -> terms.add(term));
    }
    return terms;
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
    return fromBytes(bytes, 0, bytes.length);
  }

  /**
   * Counts from the {@code count} bytes at {@code offset}, written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException when the bytes are not such counts
   */
  public static TermCounts fromBytes(byte[] bytes, int offset, int count) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, count);
    try {
      int headline = in.getInt();
      int body = in.getInt();
      byte[] entries = new byte[in.remaining()];
      in.get(entries);
      // Walk the entries once, so that bad bytes fail here rather than halfway into the index.
      ByteBuffer check = ByteBuffer.wrap(entries);
      int previous = 0;
      while (check.hasRemaining()) {
        int bucket = check.get() & 0xff;
        int length = check.getShort() & 0xffff;
        if (bucket >= Spill.BUCKETS || bucket < previous || length == 0) {
          throw new IllegalArgumentException("not term counts");
        }
        previous = bucket;
        check.position(check.position() + length);
        check.getInt();
      }
      return new TermCounts(entries, headline, body);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not term counts", e);
    }
  }
}
