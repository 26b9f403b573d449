package dev.broadsheet.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Text to index terms, by the same rules as the browser ({@code assets/search.js}): a word is a
 * run of letters, digits and marks, with inner apostrophes; it is folded (compatibility
 * decomposition, accents dropped, lower case, a possessive {@code 's} dropped, anything but
 * letters and digits removed), words shorter than two or longer than 40 characters and a few
 * very common English words are not indexed, and the rest are stemmed with
 * {@link PorterStemmer}. So "Café" and "cafe" are one term, and "sharing" and "shared" too.
 */
public final class Terms {
  /** A word in running text; the browser uses the same expression to find words to highlight. */
  static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  static final int MIN_LENGTH = 2;
  static final int MAX_LENGTH = 40;

  /**
   * Words too common to help a query; leaving them out keeps the index small. The browser has
   * the same list.
   */
  static final Set<String> STOPWORDS = Set.of("an", "and", "are", "as", "at", "be", "been",
      "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "if", "in", "into",
      "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "them", "then",
      "there", "these", "they", "this", "to", "was", "were", "which", "with");

  private Terms() {}

  /** Calls {@code terms} with each index term of {@code text}, in order. */
  public static void forEach(String text, Consumer<String> terms) {
    forEach(text, Terms::term, terms);
  }

  /**
   * As {@link #forEach(String, Consumer)}, with {@code termOf} in place of {@link #term}, e.g.
   * a memo of it. Finds the words {@link #WORD} finds, by hand: a regular expression with
   * Unicode classes is the slowest part of indexing an archive.
   */
  static void forEach(String text, Function<String, String> termOf, Consumer<String> terms) {
    forEachWord(text, (start, end) -> {
      String term = termOf.apply(text.substring(start, end));
      if (term != null) {
        terms.accept(term);
      }
    });
  }

  /** Where a word is in a text: from {@code start} to {@code end}, exclusive. */
  @FunctionalInterface
  interface WordSink {
    void accept(int start, int end);
  }

  /** Gives {@code words} where each word of {@code text} is, in order, as {@link #WORD} finds. */
  static void forEachWord(String text, WordSink words) {
    forEachWord(text.toCharArray(), words);
  }

  /**
   * As {@link #forEachWord(String, WordSink)}, in an array: this loop sees every character of
   * the archive, and a small archive is built by the quick compiler, which checks each
   * {@code charAt} of a non-Latin-1 string.
   */
  static void forEachWord(char[] text, WordSink words) {
    int n = text.length;
    int i = 0;
    while (i < n) {
      if (!isWordCharAt(text, i)) {
        i += charCount(text, i);
        continue;
      }
      int start = i;
      i = endOfRun(text, i);
      // Inner apostrophes: "O'Brien", "Trump's"; one that ends the word is not part of it.
      while (i + 1 < n && (text[i] == '\'' || text[i] == '\u2019') && isWordCharAt(text, i + 1)) {
        i = endOfRun(text, i + 1);
      }
      words.accept(start, i);
    }
  }

  private static int endOfRun(char[] text, int i) {
    int n = text.length;
    while (i < n && isWordCharAt(text, i)) {
      i += charCount(text, i);
    }
    return i;
  }

  /** Whether the character (or surrogate pair) at {@code i} is a word character. */
  private static boolean isWordCharAt(char[] text, int i) {
    char c = text[i];
    return c < WORD_CHAR.length ? WORD_CHAR[c] : isWordChar(Character.codePointAt(text, i));
  }

  private static int charCount(char[] text, int i) {
    return text[i] < WORD_CHAR.length ? 1 : Character.charCount(Character.codePointAt(text, i));
  }

  /**
   * The answer for every character below U+3000, none of them half of a surrogate pair: ASCII,
   * the other alphabets, typographic quotes and dashes. Asking Unicode's tables for a code point
   * goes through calls the quick compiler does not inline.
   */
  private static final boolean[] WORD_CHAR = new boolean[0x3000];

  static {
    for (char c = 0; c < WORD_CHAR.length; c++) {
      WORD_CHAR[c] = isWordChar(c);
    }
  }

  /** {@code [\p{L}\p{N}\p{M}]}, as {@link #WORD} has it. */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
        return true;
      default:
        return false;
    }
  }

  /** The index term of one word, or null when the word is not indexed. */
  public static String term(String word) {
    String folded = fold(word);
    if (folded.length() < MIN_LENGTH || folded.length() > MAX_LENGTH
        || STOPWORDS.contains(folded)) {
      return null;
    }
    return PorterStemmer.stem(folded);
  }

  /** A word folded for matching: no accents, lower case, letters and digits only. */
  public static String fold(String word) {
    String ascii = foldAscii(word);
    if (ascii != null) {
      return ascii;
    }
    String s = Normalizer.normalize(word, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return NOT_WORD.matcher(s).replaceAll("");
  }

  /** The fast path for the common case, a word of ASCII letters and digits: no regexes. */
  private static String foldAscii(String word) {
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 128) {
        return null;
      }
    }
    if (n >= 2 && word.charAt(n - 2) == '\'' && (word.charAt(n - 1) | 0x20) == 's') {
      n -= 2;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
