package dev.broadsheet.content;

/** Counts words as a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
final class WordCounter {
  private WordCounter() {}

  static int count(String text) {
    // An array, not charAt: this loop sees every character of the archive, and a small archive
    // is built by the quick compiler, which checks each charAt of a non-Latin-1 string.
    char[] chars = text.toCharArray();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < chars.length; i++) {
      boolean part = isLetterOrDigit(chars[i]);
      if (part && !inWord) {
        words++;
      }
      if (part) {
        inWord = true;
      } else if (!isJoiner(chars, i)) {
        inWord = false;
      }
    }
    return words;
  }

  /**
   * The answer for every character below U+3000: Latin with accents, Greek, Cyrillic and the
   * other alphabets, and typographic quotes and dashes, as well as ASCII. Asking
   * {@link Character#isLetterOrDigit} goes through Unicode's tables by calls the quick compiler
   * does not inline.
   */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[0x3000];

  static {
    for (char c = 0; c < LETTER_OR_DIGIT.length; c++) {
      LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isLetterOrDigit(char c) {
    return c < LETTER_OR_DIGIT.length ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
  }

  /** An apostrophe or hyphen between two letters keeps a word together: "don't", "well-known". */
  private static boolean isJoiner(char[] text, int i) {
    char c = text[i];
    return (c == '\'' || c == '\u2019' || c == '-') && i > 0 && i + 1 < text.length
        && isLetterOrDigit(text[i - 1]) && isLetterOrDigit(text[i + 1]);
  }
}
