package dev.broadsheet.content;

/** Whitespace rules shared by front matter and raw text. */
final class Whitespace {
  private Whitespace() {}

  /**
   * Trims and turns every run of whitespace, line breaks included, into one space. A loop rather
   * than a regular expression: it runs over every paragraph of every article.
   */
  static String collapse(String s) {
    StringBuilder out = null;
    boolean pendingSpace = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (out == null) {
          // The first change: copy what came before, untouched, then go on building.
          boolean single = c == ' ' && i > 0 && i + 1 < n && !isSpace(s.charAt(i + 1));
          if (single) {
            continue;
          }
          out = new StringBuilder(n).append(s, 0, i);
        }
        pendingSpace = out.length() > 0;
      } else {
        if (out != null) {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** Java's whitespace plus the no-break, typographic and ideographic spaces of pasted text. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
        || c == '\u3000' || c == '\u202F' || c == '\u205F';
  }
}
