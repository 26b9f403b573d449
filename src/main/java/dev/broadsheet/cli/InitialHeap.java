package dev.broadsheet.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM starts with, where the user set it ({@code -Xms}, {@code -XX:InitialHeapSize=}):
 * a young generation the launcher sizes must fit in it. Otherwise the JVM shrinks the young
 * generation and warns that it did, on every build (given no first size, it makes the heap fit).
 */
final class InitialHeap {
  private static final Pattern OPTION = Pattern.compile("-Xms(.*)|-XX:InitialHeapSize=(.*)");
  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})([kmgt]?)");

  private InitialHeap() {}

  /**
   * Whether the young generation of {@code youngOption} ({@code -Xmn} and a size, as the
   * launcher writes it) fits the first heap the user set in {@code jvmOptions}, or none is set.
   * A size the JVM would read but this does not is taken not to leave room.
   */
  static boolean fits(String youngOption, List<String> jvmOptions) {
    long young = bytes(youngOption.substring("-Xmn".length()));
    String initial = null;
    for (String option : jvmOptions) {
      Matcher m = OPTION.matcher(option);
      if (m.matches()) {
        initial = m.group(1) != null ? m.group(1) : m.group(2); // the last one counts
      }
    }
    return initial == null || bytes(initial) > young;
  }

  /** The bytes of a JVM size ({@code 64m}, {@code 1G}, {@code 65536}), or -1 if it is not one. */
  static long bytes(String size) {
    Matcher m = SIZE.matcher(size.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return -1;
    }
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    long value = Long.parseLong(m.group(1));
    return value > Long.MAX_VALUE >> shift ? Long.MAX_VALUE : value << shift;
  }
}
