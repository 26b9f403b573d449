package dev.broadsheet.related;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a story that related stories are found by, each with how often it occurs in the
 * story's first {@link RelatedIndexBuilder#WORDS_PER_STORY} words, strongest first. Kept by the
 * build cache, so a story whose file has not changed is not split into words again. Immutable.
 */
public final class WordCounts {
  private final String[] words;
  private final int[] counts;

  private WordCounts(String[] words, int[] counts) {
    this.words = words;
    this.counts = counts;
  }

  /** Counts the words of a story given in parts read in order (headline, then body, say). */
  public static WordCounts of(CharSequence... parts) {
    Map<String, int[]> counts = new HashMap<>();
    int left = RelatedIndexBuilder.WORDS_PER_STORY;
    for (CharSequence part : parts) {
      left -= Words.forEach(part, left, w -> counts.computeIfAbsent(w, k -> new int[1])[0]++);
    }
    List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((x, y) -> strength(x.getKey(), x.getValue()[0], y.getKey(), y.getValue()[0]));
    String[] words = new String[entries.size()];
    int[] n = new int[entries.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = entries.get(i).getKey();
      n[i] = entries.get(i).getValue()[0];
    }
    return new WordCounts(words, n);
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
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  int count(int i) {
    return counts[i];
  }

  /** The counts as bytes, for the build cache. */
  public byte[] toBytes() {
    byte[][] utf8 = new byte[words.length][];
    int size = 4;
    for (int i = 0; i < words.length; i++) {
      utf8[i] = words[i].getBytes(StandardCharsets.UTF_8);
      size += 4 + utf8[i].length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).putInt(words.length);
    for (int i = 0; i < words.length; i++) {
      out.putShort((short) utf8[i].length).put(utf8[i]).putShort((short) Math.min(counts[i],
          0xffff));
    }
    return out.array();
  }

  /**
   * Counts from {@link #toBytes()}.
   *
   * @throws IllegalArgumentException when the bytes are not such counts
   */
  public static WordCounts fromBytes(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      int n = in.getInt();
      if (n < 0 || n > RelatedIndexBuilder.WORDS_PER_STORY) {
        throw new IllegalArgumentException("not word counts");
      }
      String[] words = new String[n];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        int length = in.getShort() & 0xffff;
        words[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        counts[i] = in.getShort() & 0xffff;
      }
      for (int i = 1; i < n; i++) {
        if (strength(words[i - 1], counts[i - 1], words[i], counts[i]) >= 0) {
          throw new IllegalArgumentException("not word counts: out of order");
        }
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("not word counts");
      }
      return new WordCounts(words, counts);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not word counts", e);
    }
  }
}
