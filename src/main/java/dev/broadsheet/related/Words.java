package dev.broadsheet.related;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Splits text into the words that carry its subject: lower case, diacritics folded, without
 * stop words, numbers and words shorter than three or longer than forty letters.
 */
final class Words {
  private static final int MIN_LENGTH = 3;
  /** Longer runs of letters are not words a reader would relate stories by (and stay small). */
  private static final int MAX_LENGTH = 40;
  private static final WordSet STOP_WORDS = new WordSet(loadStopWords());

  private Words() {}

  /** Receives a word: {@code word[0, length)}, lower case and folded, with its string hash. */
  @FunctionalInterface
  interface Sink {
    /** The array is the caller's and changes after the call: copy what is kept. */
    void accept(char[] word, int length, int hash);
  }

  /**
   * Gives {@code sink} the first {@code limit} words of {@code text} that carry its subject.
   *
   * @return how many words it gave
   */
  static int forEach(CharSequence text, int limit, Sink sink) {
    // An array, not charAt: a small archive is built by the quick compiler, which checks
    // each charAt of a non-Latin-1 string. Most of it is ASCII, read through a table rather
    // than the Unicode tables, and no word becomes a string unless it is outside ASCII: this
    // loop sees the opening words of every story of the archive.
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
      int hash = 0;
      boolean letters = false;
      boolean ascii = true;
      for (char c; i < n && isWordChar(c = s[i]); i++) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        char lower;
        if (c < 128) {
          letters |= c >= 'A'; // the ASCII word characters below 'A' are the digits
          lower = c <= 'Z' && c >= 'A' ? (char) (c + 32) : c;
        } else {
          letters |= Character.isLetter(c);
          ascii = false;
          lower = Character.toLowerCase(c);
        }
        word[length++] = lower;
        hash = 31 * hash + lower;
      }
      if (length < MIN_LENGTH || length > MAX_LENGTH || !letters) {
        continue;
      }
      if (ascii) {
        if (!STOP_WORDS.contains(word, length, hash)) {
          sink.accept(word, length, hash);
          given++;
        }
      } else {
        String folded = fold(new String(word, 0, length));
        char[] chars = folded.toCharArray();
        if (chars.length >= MIN_LENGTH
            && !STOP_WORDS.contains(chars, chars.length, folded.hashCode())) {
          sink.accept(chars, chars.length, folded.hashCode());
          given++;
        }
      }
    }
    return given;
  }

  /**
   * The answer for every character below U+3000 (ASCII, the other alphabets, typographic quotes
   * and dashes): {@link Character#isLetterOrDigit} goes through Unicode's tables by calls the
   * quick compiler does not inline.
   */
  private static final boolean[] WORD = new boolean[0x3000];

  static {
    for (char c = 0; c < WORD.length; c++) {
      WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWordChar(char c) {
    return c < WORD.length ? WORD[c] : Character.isLetterOrDigit(c);
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
    return words;
  }

  /**
   * A fixed set of words, asked about a word in an array with its string hash, so the word
   * need not become a string to be looked up.
   */
  private static final class WordSet {
    private final char[][] slots;
    private final int[] hashes;

    WordSet(Set<String> words) {
      slots = new char[Integer.highestOneBit(Math.max(1, words.size()) * 4)][];
      hashes = new int[slots.length];
      for (String w : words) {
        int slot = find(w.toCharArray(), w.length(), w.hashCode());
        slots[slot] = w.toCharArray();
        hashes[slot] = w.hashCode();
      }
    }

    boolean contains(char[] word, int length, int hash) {
      return slots[find(word, length, hash)] != null;
    }

    /** The slot holding the word, or the empty one where it would go. */
    private int find(char[] word, int length, int hash) {
      int mask = slots.length - 1;
      int slot = (hash ^ hash >>> 16) & mask;
      for (char[] s; (s = slots[slot]) != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == hash && s.length == length && same(s, 0, word, length)) {
          break;
        }
      }
      return slot;
    }
  }

  /**
   * Whether {@code a[from, from + length)} holds the word {@code word[0, length)}. A loop, not
   * {@link Arrays#equals}: words are short, and most are found at the first probe.
   */
  static boolean same(char[] a, int from, char[] word, int length) {
    for (int i = 0; i < length; i++) {
      if (a[from + i] != word[i]) {
        return false;
      }
    }
    return true;
  }
}
