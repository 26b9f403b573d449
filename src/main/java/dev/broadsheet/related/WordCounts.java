package dev.broadsheet.related;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    Tally tally = new Tally();
    int left = RelatedIndexBuilder.WORDS_PER_STORY;
    for (CharSequence part : parts) {
      left -= Words.forEach(part, left, tally::add);
    }
    int n = tally.size;
    int[] order = tally.inStrengthOrder();
    // The words stay in the tally's array: a story's words are counted in every full build,
    // and making each a string to sort and encode it cost more than counting them.
    int size = 4;
    for (int k = 0; k < n; k++) {
      size += 4 + tally.utf8Length(order[k]);
    }
    byte[] out = new byte[size];
    int at = put(out, 0, n >>> 16);
    at = put(out, at, n);
    int[] starts = new int[n];
    for (int k = 0; k < n; k++) {
      int slot = order[k];
      at = put(out, at, tally.utf8Length(slot));
      starts[k] = at;
      at = tally.putUtf8(slot, out, at);
      at = put(out, at, Math.min(tally.counts[slot], 0xffff));
    }
    return new WordCounts(out, 0, size, starts);
  }

  /** Puts the low two bytes of {@code value} at {@code at}, high first; returns where it ends. */
  private static int put(byte[] out, int at, int value) {
    out[at] = (byte) (value >>> 8);
    out[at + 1] = (byte) value;
    return at + 2;
  }

  /**
   * A story's distinct words and how often each occurs, its words kept in one array: a story
   * gives at most {@link RelatedIndexBuilder#WORDS_PER_STORY} words, so the table never fills.
   */
  private static final class Tally {
    /** At most 2^16: a slot is the low 16 bits of a sort key. */
    private static final int SLOTS =
        Integer.highestOneBit(RelatedIndexBuilder.WORDS_PER_STORY) * 4;
    private char[] chars = new char[2048];
    private int used;
    private final int[] starts = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final int[] hashes = new int[SLOTS];
    /** A slot's count, 0 while it is free. */
    private final int[] counts = new int[SLOTS];
    /** A slot's word has a character outside ASCII. */
    private final boolean[] wide = new boolean[SLOTS];
    /** Slots in use, in order of first occurrence. */
    private final int[] order = new int[RelatedIndexBuilder.WORDS_PER_STORY];
    private int size;

    void add(char[] word, int length, int hash) {
      int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
      for (; counts[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
        if (hashes[slot] == hash && same(slot, word, length)) {
          counts[slot]++;
          return;
        }
      }
      if (used + length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + length));
      }
      boolean outsideAscii = false;
      for (int i = 0; i < length; i++) {
        outsideAscii |= word[i] >= 128;
        chars[used + i] = word[i];
      }
      starts[slot] = used;
      lengths[slot] = length;
      hashes[slot] = hash;
      counts[slot] = 1;
      wide[slot] = outsideAscii;
      used += length;
      order[size++] = slot;
    }

    private boolean same(int slot, char[] word, int length) {
      return lengths[slot] == length && Words.same(chars, starts[slot], word, length);
    }

    int utf8Length(int slot) {
      return wide[slot] ? word(slot).getBytes(StandardCharsets.UTF_8).length : lengths[slot];
    }

    /** Puts the slot's word as UTF-8 at {@code at}; returns where it ends. */
    int putUtf8(int slot, byte[] out, int at) {
      if (wide[slot]) {
        byte[] utf8 = word(slot).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, out, at, utf8.length);
        return at + utf8.length;
      }
      for (int i = 0; i < lengths[slot]; i++) {
        out[at + i] = (byte) chars[starts[slot] + i];
      }
      return at + lengths[slot];
    }

    private String word(int slot) {
      return new String(chars, starts[slot], lengths[slot]);
    }

    /**
     * The slots in use in {@link #strength} order. Count, length and first character are sorted
     * as numbers, and only words equal in all three are compared by their characters, as
     * strings compare: most of a story's words occur once, so count and length alone left runs
     * of dozens of ties to sort.
     */
    int[] inStrengthOrder() {
      long[] keys = new long[size];
      for (int k = 0; k < size; k++) {
        int slot = order[k];
        long count = Math.min(counts[slot], 0xffff);
        long length = Math.min(lengths[slot], 0xffff);
        long first = chars[starts[slot]];
        keys[k] = (0xffff - count) << 48 | (0xffff - length) << 32 | first << 16 | slot;
      }
      Arrays.sort(keys);
      int[] sorted = new int[size];
      for (int k = 0; k < size; k++) {
        sorted[k] = (int) keys[k] & 0xffff;
      }
      for (int from = 0; from < size; ) {
        int to = from + 1;
        while (to < size && keys[to] >>> 16 == keys[from] >>> 16) {
          to++;
        }
        sortTies(sorted, from, to);
        from = to;
      }
      return sorted;
    }

    /** Sorts {@code sorted[from, to)}, slots of equally strong words, by their spelling. */
    private void sortTies(int[] sorted, int from, int to) {
      if (to - from > 32) {
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
          boxed[i - from] = sorted[i];
        }
        Arrays.sort(boxed, this::compare);
        for (int i = from; i < to; i++) {
          sorted[i] = boxed[i - from];
        }
        return;
      }
      // Ties are few, as a rule: inserted one by one.
      for (int i = from + 1; i < to; i++) {
        int w = sorted[i];
        int j = i - 1;
        for (; j >= from && compare(sorted[j], w) > 0; j--) {
          sorted[j + 1] = sorted[j];
        }
        sorted[j + 1] = w;
      }
    }

    /** Compares two slots' words of equal length as {@link String#compareTo} does. */
    private int compare(int a, int b) {
      return Arrays.compare(chars, starts[a], starts[a] + lengths[a],
          chars, starts[b], starts[b] + lengths[b]);
    }
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

  /** Whether {@code o} is counts of the same words, each as often: the same bytes. */
  @Override
  public boolean equals(Object o) {
    return o instanceof WordCounts w && Arrays.equals(bytes, offset, end, w.bytes, w.offset, w.end);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = offset; i < end; i++) {
      h = 31 * h + bytes[i];
    }
    return h;
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
