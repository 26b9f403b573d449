package dev.broadsheet.search;

/**
 * Non-negative integers as short runs of characters that need no escaping in a JavaScript
 * string: five bits a character, most significant first; the last character of a number is one
 * of the first 32 of the alphabet and the others one of the last 32. A number below 32 takes one
 * character, below 1,024 two, below 32,768 three.
 */
public final class Varint {
  static final String ALPHABET =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

  private Varint() {}

  /** Appends {@code value} to {@code sb}. */
  public static void append(StringBuilder sb, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative: " + value);
    }
    int shift = 0;
    while ((value >>> (shift + 5)) != 0) {
      shift += 5;
    }
    for (; shift > 0; shift -= 5) {
      sb.append(ALPHABET.charAt(32 + (int) ((value >>> shift) & 31)));
    }
    sb.append(ALPHABET.charAt((int) (value & 31)));
  }

  /** Decodes every number in {@code s}; the browser's decoder does the same. */
  public static long[] decode(String s) {
    long[] out = new long[s.length()];
    int n = 0;
    long acc = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = ALPHABET.indexOf(s.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException("not a varint character: " + s.charAt(i));
      }
      acc = acc * 32 + (d & 31);
      if (d < 32) {
        out[n++] = acc;
        acc = 0;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
