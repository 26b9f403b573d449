package dev.broadsheet.content;

/**
 * Typewriter punctuation to typographic punctuation, for raw text, which a newsroom export
 * leaves with straight quotes: {@code "} and {@code '} become curly quotes and apostrophes,
 * {@code --} an em dash and {@code ...} an ellipsis.
 */
final class Typography {
  private Typography() {}

  static String smarten(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\'') < 0 && !text.contains("--")
        && !text.contains("...")) {
      return text;
    }
    String s = text.replace("...", "\u2026").replace("---", "\u2014").replace("--", "\u2014");
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean opening = i == 0 || isOpeningContext(s.charAt(i - 1));
      if (c == '"') {
        sb.append(opening ? '\u201C' : '\u201D');
      } else if (c == '\'') {
        sb.append(opening ? '\u2018' : '\u2019');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isOpeningContext(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '{'
        || before == '\u2014' || before == '\u2013' || before == '\u201C' || before == '\u2018'
        || before == '/';
  }
}
