package dev.broadsheet.content;

import java.util.List;

/** The HTML of a raw-text body: one escaped paragraph per block. */
final class RawHtml {
  private RawHtml() {}

  static String paragraphs(List<String> paragraphs) {
    // Sized for the text and its tags, with room for a few entities: grown from the default
    // size, a story's HTML was copied a dozen times.
    int length = 0;
    for (String p : paragraphs) {
      length += p.length() + 9;
    }
    StringBuilder sb = TextBuffers.wide(length + (length >> 5) + 16);
    for (String p : paragraphs) {
      sb.append("<p>");
      escape(p, sb);
      sb.append("</p>\n");
    }
    return sb.toString();
  }

  /** Appends {@code text} escaped for HTML; the runs between escapes are appended whole. */
  static void escape(String text, StringBuilder out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      String entity = switch (text.charAt(i)) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (entity != null) {
        out.append(text, start, i).append(entity);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
  }
}
