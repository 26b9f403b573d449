package dev.broadsheet.related;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of a story that related stories are found by, each with how often it occurs in the
 * story's first {@link RelatedIndexBuilder#WORDS_PER_STORY} words, strongest first. Kept by the
 * build cache, so a story whose file has not changed is not split into words again. Immutable.
 */
public final class WordCounts {
  /**
   * The encoding of {@link #toBytes()}, from {@code offset}: a count of words, then each word
   * as a two-byte length, its UTF-8 and a two-byte count. Read in place, so a story taken from
   * the cache becomes no strings: the index compares its words as bytes.
   */
  private final byte[] bytes;
  private final int offset;
  private final int end;
  /** Where each word's UTF-8 begins in {@link #bytes}. */
  private final int[] starts;

  private WordCounts(byte[] bytes, int offset, int end, int[] starts) {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
    this.starts = starts;
  }

  /** Counts the words of a story given in parts read in order (headline, then body, say). */
  public static WordCounts of(CharSequence... parts) {
    Map<String, int[]> counts = new HashMap<>();
    int left = RelatedIndexBuilder.WORDS_PER_STORY;
    for (CharSequence part : parts) {
      left -= Words.forEach(part, left, w -> counts.computeIfAbsent(w, k -> new int[1])[0]++);
    }
    String[] words = inStrengthOrder(counts);
    byte[][] utf8 = new byte[words.length][];
    int size = 4;
    for (int i = 0; i < utf8.length; i++) {
      utf8[i] = words[i].getBytes(StandardCharsets.UTF_8);
      size += 4 + utf8[i].length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).putInt(utf8.length);
    int[] starts = new int[utf8.length];
    for (int i = 0; i < utf8.length; i++) {
      out.putShort((short) utf8[i].length);
      starts[i] = out.position();
      out.put(utf8[i]).putShort((short) Math.min(counts.get(words[i])[0], 0xffff));
    }
    return new WordCounts(out.array(), 0, size, starts);
  }

  /**
   * The words in {@link #strength} order. Count and length are sorted as numbers, and only
   * words equal in both are compared as strings: a story's words are sorted in every full
   * build, and a comparator over strings cost more than counting them.
   */
  private static String[] inStrengthOrder(Map<String, int[]> counts) {
    String[] words = counts.keySet().toArray(String[]::new);
    long[] keys = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      long count = Math.min(counts.get(words[i])[0], 0xffff);
      long length = Math.min(words[i].length(), 0xffff);
      keys[i] = (0xffff - count) << 48 | (0xffff - length) << 32 | i;
    }
    Arrays.sort(keys);
    String[] sorted = new String[words.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = words[(int) keys[i]];
    }
    for (int from = 0; from < keys.length; ) {
      int to = from + 1;
      while (to < keys.length && keys[to] >>> 32 == keys[from] >>> 32) {
        to++;
      }
      Arrays.sort(sorted, from, to);
      from = to;
    }
    return sorted;
  }

  /**
   * Orders words by strength, strongest first: more frequent, then longer (longer words tend to
   * say more), then by spelling, a choice that depends on the text alone.
   */
  private static int strength(String word, int count, String other, int otherCount) {
    if (count != otherCount) {
      return Integer.compare(otherCount, count);
    }
    if (word.length() != other.length()) {
      return Integer.compare(other.length(), word.length());
    }
    return word.compareTo(other);
  }

  /** How many words there are; word 0 is the strongest, and so on. */
  int size() {
    return starts.length;
  }

  String word(int i) {
    return new String(bytes, starts[i], length(i), StandardCharsets.UTF_8);
  }

  int count(int i) {
    return ((bytes[starts[i] + length(i)] & 0xff) << 8) | (bytes[starts[i] + length(i) + 1] & 0xff);
  }

  /** The length of word {@code i}'s UTF-8, which begins at {@link #start}{@code (i)}. */
  int length(int i) {
    return ((bytes[starts[i] - 2] & 0xff) << 8) | (bytes[starts[i] - 1] & 0xff);
  }

  int start(int i) {
    return starts[i];
  }

  /** The bytes word {@code i} is in, at {@link #start}; not to be changed. */
  byte[] bytes() {
    return bytes;
  }

  /** The counts as bytes, for the build cache. */
  public byte[] toBytes() {
    return Arrays.copyOfRange(bytes, offset, end);
  }

  /**
   * Counts from {@link #toBytes()}.
   *
   * @throws IllegalArgumentException when the bytes are not such counts
   */
  public static WordCounts fromBytes(byte[] bytes) {
    return fromBytes(bytes, 0, bytes.length);
  }

  /**
   * Counts from the {@code length} bytes at {@code offset}, written by {@link #toBytes()}; they
   * are read in place, and must not change while the counts are in use.
   *
   * @throws IllegalArgumentException when the bytes are not such counts
   */
  public static WordCounts fromBytes(byte[] bytes, int offset, int length) {
    return read(bytes, offset, length, true);
  }

  /**
   * As {@link #fromBytes(byte[], int, int)}, for bytes a checksum has vouched for since this
   * code wrote them, as the build cache's are: their layout is read, their order is not checked
   * again. Checking it compared the words of every story in the archive on every build.
   *
   * @throws IllegalArgumentException when the bytes are not laid out as counts
   */
  public static WordCounts fromTrustedBytes(byte[] bytes, int offset, int length) {
    return read(bytes, offset, length, false);
  }

  private static WordCounts read(byte[] bytes, int offset, int length, boolean checkOrder) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
      int n = in.getInt();
      if (n < 0 || n > RelatedIndexBuilder.WORDS_PER_STORY) {
        throw new IllegalArgumentException("not word counts");
      }
      int[] starts = new int[n];
      int previousCount = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        int wordLength = in.getShort() & 0xffff;
        starts[i] = in.position();
        in.position(in.position() + wordLength);
        int count = in.getShort() & 0xffff;
        if (count > previousCount) {
          throw new IllegalArgumentException("not word counts: out of order");
        }
        previousCount = count;
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("not word counts");
      }
      WordCounts counts = new WordCounts(bytes, offset, offset + length, starts);
      for (int i = 1; checkOrder && i < n; i++) {
        if (counts.count(i - 1) == counts.count(i) && counts.sameCountOrder(i - 1, i) >= 0) {
          throw new IllegalArgumentException("not word counts: out of order");
        }
      }
      return counts;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not word counts", e);
    }
  }

  /**
   * {@link #strength} of two equally frequent words, read as bytes when both are ASCII (as
   * nearly all are, once folded): then a byte is a character and byte order is string order.
   */
  private int sameCountOrder(int i, int j) {
    if (ascii(i) && ascii(j)) {
      if (length(i) != length(j)) {
        return Integer.compare(length(j), length(i));
      }
      return Arrays.compare(bytes, starts[i], starts[i] + length(i), bytes, starts[j],
          starts[j] + length(j));
    }
    return strength(word(i), count(i), word(j), count(j));
  }

  private boolean ascii(int i) {
    for (int b = starts[i]; b < starts[i] + length(i); b++) {
      if (bytes[b] < 0) {
        return false;
      }
    }
    return true;
  }
}
