package dev.broadsheet.related;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits text into the words that carry its subject: lower case, diacritics folded, without
 * stop words, numbers and words shorter than three letters.
 */
final class Words {
  private static final int MIN_LENGTH = 3;
  private static final Set<String> STOP_WORDS = loadStopWords();

  private Words() {}

  static void forEach(CharSequence text, Consumer<String> sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean letters = false;
      boolean ascii = true;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        letters |= Character.isLetter(c);
        ascii &= c < 128;
        i++;
      }
      if (i - start >= MIN_LENGTH && letters) {
        String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
        if (!ascii) {
          word = fold(word);
        }
        if (word.length() >= MIN_LENGTH && !STOP_WORDS.contains(word)) {
          sink.accept(word);
        }
      }
    }
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
    return Set.copyOf(words);
  }
}
