package dev.broadsheet.markdown;

/**
 * Caps how deeply square brackets nest within a paragraph before the Markdown parser sees them.
 * commonmark-java matches each {@code ]} against the open brackets before it, so thousands of
 * nested images ({@code "![".repeat(n) + "x" + "](u)".repeat(n)}) take time quadratic in the
 * depth: minutes for a file within the size limit. No article nests brackets more than a few
 * levels, so brackets deeper than {@link #MAX_DEPTH} are escaped and shown as text.
 */
public final class BracketLimit {
  /** The deepest nesting of open square brackets within one paragraph that is parsed. */
  public static final int MAX_DEPTH = 100;

  /**
   * The text with over-deep brackets escaped.
   *
   * @param text      what to parse
   * @param firstLine the 1-based line (of {@code text}) where brackets first went too deep, or 0
   */
  public record Result(String text, int firstLine) {}

  private BracketLimit() {}

  public static Result apply(String text) {
    // Brackets cannot nest deeper than there are brackets: most articles have none, and a
    // search for them is quicker than the walk below.
    int brackets = 0;
    for (int i = text.indexOf('['); i >= 0 && brackets <= MAX_DEPTH; i = text.indexOf('[', i + 1)) {
      brackets++;
    }
    if (brackets <= MAX_DEPTH) {
      return new Result(text, 0);
    }
    StringBuilder out = null;
    int depth = 0;
    int line = 1;
    int firstLine = 0;
    boolean blank = true;
    // An array, not charAt: a small archive is built by the quick compiler, which checks each
    // charAt of a non-Latin-1 string, and this loop sees every character of every article.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\\' && i + 1 < chars.length) {
        if (out != null) {
          out.append(c).append(chars[i + 1]);
        }
        i++;
        blank = false;
        continue;
      }
      if (c == '\n') {
        // A blank line ends the paragraph, and with it every open bracket.
        if (blank) {
          depth = 0;
        }
        blank = true;
        line++;
      } else if (c != ' ' && c != '\t') {
        blank = false;
      }
      if (c == '[' && ++depth > MAX_DEPTH) {
        if (out == null) {
          out = new StringBuilder(text.length() + 1024).append(text, 0, i);
          firstLine = line;
        }
        out.append('\\');
      } else if (c == ']' && depth > 0) {
        depth--;
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? new Result(text, 0) : new Result(out.toString(), firstLine);
  }
}
