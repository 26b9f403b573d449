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

  /**
   * The literal {@link #string} makes of the first {@code length} characters of {@code chars},
   * as UTF-8, written to {@code out}: the same bytes, without a string or a builder between. A
   * surrogate without its other half is '?', as {@code String.getBytes} has it.
   */
  static void utf8String(ByteSink out, char[] chars, int length) {
    out.putByte('"');
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != '<' && c != '>'
            && c != '&') {
          out.putByte(c);
        } else if (c == '"' || c == '\\') {
          out.putByte('\\').putByte(c);
        } else if (c == '\n') {
          out.putByte('\\').putByte('n');
        } else {
          unicodeEscape(out, c);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        unicodeEscape(out, c);
      } else if (c < 0x800) {
        out.putByte(0xc0 | c >> 6).putByte(0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        out.putByte(0xf0 | cp >> 18).putByte(0x80 | cp >> 12 & 0x3f)
            .putByte(0x80 | cp >> 6 & 0x3f).putByte(0x80 | cp & 0x3f);
      } else if (Character.isSurrogate(c)) {
        out.putByte('?');
      } else {
        out.putByte(0xe0 | c >> 12).putByte(0x80 | c >> 6 & 0x3f).putByte(0x80 | c & 0x3f);
      }
    }
    out.putByte('"');
  }

  private static void unicodeEscape(ByteSink out, char c) {
    out.putByte('\\').putByte('u');
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.putByte(Character.forDigit(c >> shift & 0xf, 16));
    }
  }
}
