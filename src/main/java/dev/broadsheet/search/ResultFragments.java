package dev.broadsheet.search;

import java.nio.charset.StandardCharsets;

/**
 * The index's fragments: what a result shows of an article (address, headline, dates, section)
 * and the start of its text, for the snippet; four articles to a file
 * ({@code search/d/N/G.js}, see {@link FragmentGroups}).
 */
final class ResultFragments {
  private ResultFragments() {}

  /**
   * One article's part of a fragment: {@code {u: url, h: headline, d: ISO date, dt: date as
   * shown, s: section, t: the start of the text, at most textChars characters}}.
   */
  static byte[] member(SearchDocument d, int textChars) {
    StringBuilder sb = new StringBuilder("{\"u\":");
    Js.string(sb, d.path()).append(",\"h\":");
    Js.string(sb, d.headline()).append(",\"d\":");
    Js.string(sb, nonNull(d.date())).append(",\"dt\":");
    Js.string(sb, nonNull(d.dateText())).append(",\"s\":");
    Js.string(sb, nonNull(d.section())).append(",\"t\":");
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    // The text, the bulk of the fragment, goes straight from its characters to UTF-8.
    Start text = startOf(nonNull(d.text()), textChars);
    ByteSink out = new ByteSink(head.length + 3 * text.length() + 16);
    out.put(head, 0, head.length);
    Js.utf8String(out, text.chars(), text.length());
    out.put(CLOSE, 0, CLOSE.length);
    return out.toByteArray();
  }

  /**
   * The fragment of group {@code group}: {@code __bs_search.docs(group, [members])}, its
   * members ({@link #member}) in the order of their ids.
   */
  static byte[] group(int group, byte[][] members) {
    byte[] head = ("__bs_search.docs(" + group + ",[").getBytes(StandardCharsets.US_ASCII);
    int size = head.length + END.length + members.length;
    for (byte[] m : members) {
      size += m.length;
    }
    ByteSink out = new ByteSink(size);
    out.put(head, 0, head.length);
    for (int i = 0; i < members.length; i++) {
      if (i > 0) {
        out.put(COMMA, 0, 1);
      }
      out.put(members[i], 0, members[i].length);
    }
    out.put(END, 0, END.length);
    return out.toByteArray();
  }

  private static final byte[] CLOSE = "}".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COMMA = ",".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "]);\n".getBytes(StandardCharsets.US_ASCII);

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The text's first {@code max} characters or so, on one line (each run of white space one
   * space), ending on a whole word. Only the start of a long article is looked at.
   */
  static String start(String text, int max) {
    Start start = startOf(text, max);
    return new String(start.chars(), 0, start.length());
  }

  /** The first {@code length} characters of {@code chars} are the start of a text. */
  private record Start(char[] chars, int length) {}

  /** {@link Character#isWhitespace} of each character up to the space. */
  private static final boolean[] ASCII_SPACE = new boolean[' ' + 1];

  static {
    for (char c = 0; c <= ' '; c++) {
      ASCII_SPACE[c] = Character.isWhitespace(c);
    }
  }

  private static Start startOf(String text, int max) {
    char[] flat = new char[Math.min(text.length(), max + 1)];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length() && length <= max; i++) {
      char c = text.charAt(i);
      // ASCII first: the call into the Unicode tables cost more than the rest of the loop.
      if (c < 128 ? c <= ' ' && ASCII_SPACE[c] : Character.isWhitespace(c)) {
        space = length > 0;
      } else {
        if (space) {
          flat[length++] = ' ';
          space = false;
          if (length > max) {
            break;
          }
        }
        flat[length++] = c;
      }
    }
    if (length <= max) {
      return new Start(flat, length);
    }
    int cut = max;
    while (cut >= 0 && flat[cut] != ' ') {
      cut--;
    }
    if (cut < max / 2) {
      cut = max;
    }
    if (Character.isHighSurrogate(flat[cut - 1])) {
      cut--;
    }
    return new Start(flat, cut);
  }
}
