package dev.broadsheet.related;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The stories a rebuild keeps as the last build read them ({@link RelatedIndexBuilder#keep}):
 * their terms, and every word's document frequency, come from the state the last build wrote,
 * less the words of its stories that changed, went, or are not published now
 * ({@link RelatedIndexBuilder#forget}). Counting every story's words again was half the load
 * stage of a rebuild after one edit to 100,000 articles, a tenth of all its work.
 *
 * <p>Why that is exact. The state holds, for each word, how many of the last build's stories had
 * it. A story kept has the words it had; every other story of the last build is taken out by
 * its words then, and every story added now is counted by its words now. What is left is, for
 * each word, how many of today's stories have it: what counting them all gives. A state that
 * is damaged, or words that cannot be found or were not in it, make every kept story counted
 * again instead.
 */
final class KeptStories {
  /** Stands for a story kept, until its terms are taken from the state. */
  static final StoryTerms KEPT = new StoryTerms(null, new int[0]);
  /** Stands for the state's words, which a kept story's terms are numbered by. */
  static final Vocabulary EARLIER = new Vocabulary();

  /**
   * The last build's words, in spelling order, and how many of today's stories have each; a
   * word no story has now has none.
   */
  record Words(String[] spellings, int[] documents) {}

  /**
   * The words, as the last build counted them, of its stories that changed or went: taken out
   * of the document frequencies the state holds. Empty and unused once {@link #recount} is set.
   */
  private final Map<String, WordCounts> forgotten = new ConcurrentHashMap<>();
  /** Set when the state cannot be patched: every kept story's words are counted again. */
  private final AtomicBoolean recount = new AtomicBoolean();
  private final AtomicInteger count = new AtomicInteger();

  void keep() {
    count.incrementAndGet();
  }

  int count() {
    return count.get();
  }

  void forget(String key, Optional<WordCounts> words) {
    if (recount.get()) {
      return;
    }
    if (words.isEmpty() || forgotten.size() >= RelatedIndexBuilder.MAX_FORGOTTEN) {
      recount();
    } else {
      forgotten.put(key, words.get());
    }
  }

  void recount() {
    recount.set(true);
    forgotten.clear();
  }

  /**
   * Whether the stories {@link #forget forgotten} are exactly those of {@code added}, each with
   * the words it has now: then every story's words are as the last build had them.
   */
  boolean sameWords(Map<String, WordCounts> added) {
    return !recount.get() && forgotten.size() == added.size()
        && added.entrySet().stream().allMatch(e -> e.getValue().equals(forgotten.get(e.getKey())));
  }

  /**
   * The words last time of the stories forgotten, by key; empty if they are not all known
   * ({@link #recount}).
   */
  Optional<Map<String, WordCounts>> forgotten() {
    return recount.get() ? Optional.empty() : Optional.of(forgotten);
  }

  void clear() {
    forgotten.clear();
  }

  /**
   * Gives each kept story of {@code stories} its terms from the last build's state, numbered by
   * the returned words, which have their document frequencies patched; or, if the state cannot
   * be used so, has every kept story's words counted again by {@code counter} and returns null.
   *
   * @throws IllegalStateException when a kept story's words cannot be found
   */
  Words terms(Map<String, StoryTerms> stories, LastBuild earlier,
      int max, Function<WordCounts, StoryTerms> counter) {
    Words[] words = new Words[1];
    boolean[] unsound = new boolean[1];
    Optional<InputStream> state = recount.get() ? Optional.empty() : earlier.state();
    if (state.isPresent()) {
      try (InputStream in = state.get()) {
        boolean sound = readTerms(in, max, new TermsReader() {
          @Override
          public void words(String[] spellings, int[] documents) {
            words[0] = new Words(spellings, documents.clone());
          }

          @Override
          public void story(String key, int[] terms) {
            if (stories.replace(key, KEPT, new StoryTerms(EARLIER, terms))) {
              return;
            }
            // Changed, gone or not published now: its words then are not counted now. One not
            // published now, and not changed, was read by this build as it was.
            StoryTerms now = stories.get(key);
            WordCounts then = now == null && !forgotten.containsKey(key)
                ? earlier.words(key).orElse(null) : forgotten.get(key);
            unsound[0] |= then == null || !uncount(then, words[0]);
          }
        });
        unsound[0] |= !sound;
      } catch (IOException e) {
        unsound[0] = true;
      }
    }
    if (words[0] != null && !unsound[0]) {
      // A kept story has its own words: none of them can have gone.
      for (StoryTerms c : stories.values()) {
        for (int k = 0; c.vocabulary() == EARLIER && k < c.terms().length; k++) {
          unsound[0] |= words[0].documents()[c.id(k)] <= 0;
        }
      }
    }
    boolean all = words[0] == null || unsound[0];
    // Kept stories the state does not have (published again, say), or all if it cannot be used.
    stories.entrySet().parallelStream()
        .filter(e -> e.getValue() == KEPT || all && e.getValue().vocabulary() == EARLIER)
        .forEach(e -> e.setValue(counter.apply(earlier.words(e.getKey()).orElseThrow(
            () -> new IllegalStateException("the words of " + e.getKey() + " are lost")))));
    return all ? null : words[0];
  }

  /** Takes a story's {@code words} out of {@code earlier}'s counts; false if they were not in. */
  private static boolean uncount(WordCounts words, Words earlier) {
    for (int i = 0; i < words.size(); i++) {
      int d = Arrays.binarySearch(earlier.spellings(), words.word(i));
      if (d < 0 || earlier.documents()[d] <= 0) {
        return false;
      }
      earlier.documents()[d]--;
    }
    return true;
  }

  /** Takes what {@link #readTerms} reads, in the order written. */
  private interface TermsReader {
    /** Every word of the last build, in spelling order, and how many stories had each. */
    void words(String[] spellings, int[] documents);

    /**
     * A story of the last build and its terms, each a word's place in {@link #words}, packed
     * with its frequency ({@link StoryTerms#packed}).
     */
    void story(String key, int[] terms);
  }

  /**
   * Reads the words and each story's terms from the state an earlier build wrote, for
   * {@code max} related stories; whether it was sound. What {@code reader} was given is to be
   * used only if it was.
   */
  private static boolean readTerms(InputStream source, int max, TermsReader reader) {
    try {
      StateInput in = new StateInput(source);
      if (in.readInt() != RelatedState.MAGIC || in.readInt() != RelatedState.FORMAT) {
        return false;
      }
      int previous = in.readInt();
      if (previous < 0 || in.readInt() != max) {
        return false;
      }
      Words words = RelatedState.readWords(in);
      if (words == null) {
        return false;
      }
      String[] spellings = words.spellings();
      reader.words(spellings, words.documents());
      for (int o = 0; o < previous; o++) {
        String key = in.readString();
        in.skipString();
        for (int t = in.readInt(); t > 0; t--) {
          in.skipString();
        }
        in.readLong();
        int n = in.readInt();
        if (n < 0 || n > RelatedIndexBuilder.TERMS_PER_STORY) {
          return false;
        }
        int[] terms = new int[n];
        for (int k = 0; k < n; k++) {
          terms[k] = in.readInt();
          in.readInt();
          if (StoryTerms.idOf(terms[k]) >= spellings.length
              || StoryTerms.frequencyOf(terms[k]) == 0) {
            return false;
          }
        }
        for (int r = in.readInt(); r > 0; r--) {
          in.readInt();
        }
        reader.story(key, terms);
      }
      int expected = in.checksum();
      return in.readInt() == expected;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
