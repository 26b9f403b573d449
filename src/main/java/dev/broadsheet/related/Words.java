package dev.broadsheet.related;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into the words that carry its subject: lower case, diacritics folded, without
 * stop words, numbers and words shorter than three or longer than forty letters.
 */
final class Words {
  private static final int MIN_LENGTH = 3;
  /** Longer runs of letters are not words a reader would relate stories by (and stay small). */
  private static final int MAX_LENGTH = 40;
  private static final Set<String> STOP_WORDS = loadStopWords();

  private Words() {}

  /**
   * Gives {@code sink} the first {@code limit} words of {@code text} that carry its subject.
   *
   * @return how many words it gave
   */
  static int forEach(CharSequence text, int limit, Consumer<String> sink) {
    // An array, not charAt: a small archive is built by the quick compiler, which checks
    // each charAt of a non-Latin-1 string. Most of it is ASCII, read through a table rather
    // than the Unicode tables.
    char[] s = text.toString().toCharArray();
    int n = s.length;
    char[] word = new char[64];
    int i = 0;
    int given = 0;
    while (i < n && given < limit) {
      while (i < n && !isWordChar(s[i])) {
        i++;
      }
      int length = 0;
      boolean letters = false;
      boolean ascii = true;
      for (char c; i < n && isWordChar(c = s[i]); i++) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        // One lower-cased copy per word: this loop sees every word of the archive.
        if (c < 128) {
          letters |= c >= 'A'; // the ASCII word characters below 'A' are the digits
          word[length++] = c <= 'Z' && c >= 'A' ? (char) (c + 32) : c;
        } else {
          letters |= Character.isLetter(c);
          ascii = false;
          word[length++] = Character.toLowerCase(c);
        }
      }
      if (length >= MIN_LENGTH && length <= MAX_LENGTH && letters) {
        String w = new String(word, 0, length);
        if (!ascii) {
          w = fold(w);
        }
        if (w.length() >= MIN_LENGTH && !STOP_WORDS.contains(w)) {
          sink.accept(w);
          given++;
        }
      }
    }
    return given;
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /** "café" and "cafe" are the same word to a reader, so they are to the index. */
  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static Set<String> loadStopWords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = Words.class.getResourceAsStream("stop-words.txt");
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A hash set, not Set.copyOf: its linear probing compares whole strings on every probe,
    // and this set is asked about every word of every story.
    return Collections.unmodifiableSet(words);
  }
}
