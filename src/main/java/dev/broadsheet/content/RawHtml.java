package dev.broadsheet.content;

import java.util.List;

/** The HTML of a raw-text body: one escaped paragraph per block. */
final class RawHtml {
  private RawHtml() {}

  static String paragraphs(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs) {
      sb.append("<p>");
      escape(p, sb);
      sb.append("</p>\n");
    }
    return sb.toString();
  }

  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
