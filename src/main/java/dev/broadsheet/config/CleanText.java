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
    // Nearly every text is clean, and every article's text and every node of its Markdown is
    // cleaned: a look at each character first, by the cheapest test that lets no bad one by.
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (mayBeBad(text.charAt(i))) {
        return clean(text, i);
      }
    }
    return text;
  }

  /**
   * False when the UTF-8 {@code bytes} cannot encode a character {@link #of} removes: no byte
   * is a control, none begins a C1 control (0xC2 then 0x80 to 0x9F; 0xC2 also begins the
   * no-break space and the pound sign), a surrogate or a non-character (0xED to 0xF4). A look at
   * bytes is four times quicker than one at characters, and most articles pass.
   */
  public static boolean mayHoldBad(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b >= 0 ? b < 0x20 && b != '\n' && b != '\t' && b != '\r' || b == 0x7F
          : b == (byte) 0xC2 && (i + 1 == bytes.length || bytes[i + 1] < (byte) 0xA0)
              || b >= (byte) 0xED && b <= (byte) 0xF4) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} cleaned from {@code from}, before which it holds no bad character and no
   * surrogate, so that a code point begins there.
   */
  private static String clean(String text, int from) {
    StringBuilder sb = null;
    int i = from;
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

  /**
   * True for every character that is bad or may begin a bad code point: a control, a surrogate
   * or anything above them, where the non-characters are.
   */
  private static boolean mayBeBad(char c) {
    return c < 0x20 ? c != '\n' && c != '\t' && c != '\r'
        : c >= 0x7F && (c <= 0x9F || c >= 0xD800);
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
