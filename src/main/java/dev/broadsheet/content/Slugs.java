package dev.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL- and file-name-safe identifiers: ASCII letters and digits in lower case, separated by
 * single hyphens, at most {@link #MAX_LENGTH} characters. Such a slug cannot name a folder, a
 * parent folder or a device, so a page named after it always stays inside the output folder.
 */
public final class Slugs {
  public static final int MAX_LENGTH = 80;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  /** Names Windows reserves for devices, whatever the extension. */
  private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2",
      "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4",
      "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private Slugs() {}

  /** The slug of {@code text}; empty when it has no Latin letters or digits. */
  public static String slugify(String text) {
    String s = fold(text).toLowerCase(Locale.ROOT);
    s = NOT_ALNUM.matcher(s).replaceAll("-");
    s = trimHyphens(s);
    if (s.length() > MAX_LENGTH) {
      int cut = s.lastIndexOf('-', MAX_LENGTH);
      s = trimHyphens(cut > MAX_LENGTH / 2 ? s.substring(0, cut) : s.substring(0, MAX_LENGTH));
    }
    if (RESERVED.contains(s)) {
      s = s + "-page";
    }
    return s;
  }

  /** A short, stable slug for text that has nothing to slugify, e.g. a headline in Chinese. */
  public static String hashed(String prefix, String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Latin letters with their accents removed, and the few letters that do not decompose. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u00DF' -> sb.append("ss");
        case '\u00E6' -> sb.append("ae");
        case '\u00C6' -> sb.append("AE");
        case '\u00F8' -> sb.append('o');
        case '\u00D8' -> sb.append('O');
        case '\u0153' -> sb.append("oe");
        case '\u0152' -> sb.append("OE");
        case '\u0141' -> sb.append('L');
        case '\u0142' -> sb.append('l');
        case '\u0111' -> sb.append('d');
        case '\u0110' -> sb.append('D');
        case '\u00F0' -> sb.append('d');
        case '\u00FE' -> sb.append("th");
        case '\u0131' -> sb.append('i');
        case '&' -> sb.append(" and ");
        case '\'', '\u2019' -> { } // "Trump's" becomes "trumps", not "trump-s"
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
