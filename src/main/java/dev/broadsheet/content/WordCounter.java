package dev.broadsheet.content;

/** Counts words as a reader would: runs of letters or digits, with inner apostrophes and hyphens. */
final class WordCounter {
  private WordCounter() {}

  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean part = Character.isLetterOrDigit(text.charAt(i));
      if (part && !inWord) {
        words++;
      }
      if (part) {
        inWord = true;
      } else if (!isJoiner(text, i)) {
        inWord = false;
      }
    }
    return words;
  }

  /** An apostrophe or hyphen between two letters keeps a word together: "don't", "well-known". */
  private static boolean isJoiner(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019' || c == '-') && i > 0 && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }
}
