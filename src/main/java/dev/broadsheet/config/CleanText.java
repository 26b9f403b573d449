package dev.broadsheet.config;

/**
 * Text without the characters that no HTML page or XML feed may carry: C0 controls other than
 * tab, line feed and carriage return, DEL and the C1 controls, unpaired surrogates, and the
 * Unicode non-characters (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF in every plane). Article text
 * can hold them through YAML escapes ({@code "\x01"}), Markdown entities ({@code &#x1;}) or a file
 * name; one of them in a feed makes the whole feed unreadable.
 */
public final class CleanText {
  private CleanText() {}

  /** {@code text} with every such character removed; the same instance when there is none. */
  public static String of(String text) {
    StringBuilder sb = null;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      boolean bad = isBad(cp);
      if (bad && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!bad && sb != null) {
        sb.appendCodePoint(cp);
      }
      i += width;
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean isBad(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n' && cp != '\r';
    }
    return (cp >= 0x7F && cp <= 0x9F)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }
}
