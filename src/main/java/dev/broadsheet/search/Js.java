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
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&' || c == '\u2028'
              || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
