package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCounterTest {
  /** Term to [count in the headline, count in the body], from the bytes the cache keeps. */
  private static Map<String, List<Integer>> entries(TermCounts counts) {
    ByteBuffer in = ByteBuffer.wrap(counts.toBytes());
    in.getInt();
    in.getInt();
    Map<String, List<Integer>> entries = new HashMap<>();
    int previousBucket = 0;
    while (in.hasRemaining()) {
      int bucket = in.get();
      assertThat(bucket).isGreaterThanOrEqualTo(previousBucket);
      previousBucket = bucket;
      byte[] utf8 = new byte[in.getShort()];
      in.get(utf8);
      int n = in.getInt();
      String term = new String(utf8, StandardCharsets.UTF_8);
      assertThat(Spill.bucketOf(term)).isEqualTo(bucket);
      assertThat(entries.put(term, List.of(n >>> 16, n & 0xffff))).isNull();
    }
    return entries;
  }

  private static Map<String, List<Integer>> expected(String headline, String text) {
    Map<String, int[]> counts = new HashMap<>();
    Terms.forEach(headline, t -> counts.computeIfAbsent(t, k -> new int[2])[0]++);
    Terms.forEach(text, t -> counts.computeIfAbsent(t, k -> new int[2])[1]++);
    Map<String, List<Integer>> expected = new HashMap<>();
    counts.forEach((t, n) -> expected.put(t, List.of(n[0], n[1])));
    return expected;
  }

  @Test
  void countsEachTermOfHeadlineAndBodyHoweverManyDistinctWordsAnArticleHas() {
    countsEachTerm(new TermCounter());
  }

  @Test
  void countsEachArticleAloneWhateverTheArticlesBeforeItOnTheSameThread() {
    // Large before small and small before large: small articles are counted in a table a
    // larger one grew, and the largest grow past the table that is kept (16,384 slots).
    countsEachTerm(new TermCounter(), 3000, 1, 513, 40, 10_000, 2, 512, 1);
  }

  @Test
  void countsEachTermAsWellOnceItsMemoOfWordsAndTermsIsFull() {
    // Full after the first article's first 100 words: later words and terms are worked out
    // each time, and a term's forms must still be counted as one.
    countsEachTerm(new TermCounter(100));
  }

  private static void countsEachTerm(TermCounter counter) {
    countsEachTerm(counter, 1, 40, 511, 512, 513, 3000);
  }

  /** Counts articles of {@code sizes} distinct words, in turn, and checks each one's terms. */
  private static void countsEachTerm(TermCounter counter, int... sizes) {
    Random random = new Random(11);
    String[] forms = {"", "s", "ing", "ed", "'s", "\u2019s"};
    for (int distinct : sizes) {
      StringBuilder text = new StringBuilder();
      StringBuilder headline = new StringBuilder("Caf\u00e9 news: ");
      for (int i = 0; i < 4 * distinct; i++) {
        int w = random.nextInt(distinct);
        String word = "w" + Integer.toString(w, 26).replace('0', 'z')
            + forms[random.nextInt(forms.length)];
        text.append(i % 7 == 0 ? word.toUpperCase() : word).append(i % 9 == 0 ? ". " : " ");
        if (i % 50 == 0) {
          headline.append(word).append(' ');
        }
      }
      assertThat(entries(counter.count(headline.toString(), text.toString())))
          .as("%d distinct words", distinct)
          .isEqualTo(expected(headline.toString(), text.toString()));
    }
  }
}
