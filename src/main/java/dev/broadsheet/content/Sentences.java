package dev.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prose into sentences well enough for ledes and summaries: a sentence ends at
 * {@code . ! ?} (and any closing quotes or brackets) followed by a space and a capital, digit or
 * opening quote, unless the word before the full stop is a common abbreviation or an initial.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st",
      "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "hon", "vs", "no",
      "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "etc", "al");

  private Sentences() {}

  static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n && isCloser(text.charAt(end))) {
        end++;
      }
      if (end >= n || !Character.isWhitespace(text.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next >= n || !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      sentences.add(text.substring(start, end).strip());
      start = next;
      i = next - 1;
    }
    String rest = text.substring(start).strip();
    if (!rest.isEmpty()) {
      sentences.add(rest);
    }
    return sentences;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C'
        || c == '\'' || c == '\u2018' || c == '(' || c == '[';
  }

  /** The word ending at {@code dot} is an abbreviation or a single initial such as "H." in "H. R.". */
  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    // U.S. and W.H.: a letter preceded by another dot.
    if (s > 0 && text.charAt(s - 1) == '.' && word.length() == 1) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
