package dev.broadsheet.search;

/**
 * JavaScript string literals for the index fragments. Quotes, backslashes, control characters,
 * the two line separators JavaScript once rejected in strings, and {@code <} and {@code >} are
 * escaped, so no text of an article can end a string or a script element.
 */
final class Js {
  private Js() {}

  static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != '<' && c != '>' && c != '&'
          && c != '\u2028' && c != '\u2029') {
        continue;
      }
      // Runs of plain characters are copied whole: most of a text needs no escape.
      sb.append(s, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          sb.append("\\u");
          for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit(c >> shift & 0xf, 16));
          }
        }
      }
    }
    return sb.append(s, plain, s.length()).append('"');
  }
}
