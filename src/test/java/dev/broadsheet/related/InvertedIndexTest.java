package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The inverted index lists each term's strongest stories, however many it sorts at a time. */
class InvertedIndexTest {
  @Test
  void sortingInSmallGroupsGivesTheSameIndexAsSortingAllAtOnce() {
    Random random = new Random(5);
    int terms = 300;
    // Every term as rare as any other, and each story's terms counted once or twice: few
    // distinct weights, so ties are broken by story.
    double[] idf = new double[terms];
    java.util.Arrays.fill(idf, 1);
    TermVectors vectors = TermVectors.empty(idf, 2_000);
    for (int s = 0; s < vectors.stories(); s++) {
      TreeSet<Integer> chosen = new TreeSet<>();
      while (chosen.size() < 1 + random.nextInt(20)) {
        // Skewed, so some terms are in hundreds of stories and some in none.
        chosen.add((int) (terms * Math.pow(random.nextDouble(), 3)));
      }
      int[] ids = chosen.stream().mapToInt(Integer::intValue).toArray();
      int[] counts = new int[ids.length];
      for (int k = 0; k < ids.length; k++) {
        counts[k] = 1 + random.nextInt(2);
      }
      vectors.set(s, ids, counts, ids.length);
    }
    List<String> whole = listing(InvertedIndex.of(vectors, 25, Integer.MAX_VALUE), terms);
    assertThat(whole.stream().filter(t -> t.split(" ").length == 25 * 2 + 1).count())
        .as("terms whose lists are cut short").isGreaterThan(10);
    for (int group : new int[] {1, 7, 100, 4_000}) {
      assertThat(listing(InvertedIndex.of(vectors, 25, group), terms)).as("group %d", group)
          .isEqualTo(whole);
    }
  }

  @Test
  void keepingTheSmallestGivesWhatSortingThemAllWouldAndLosesNone() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      long[] values = new long[random.nextInt(400)];
      for (int i = 0; i < values.length; i++) {
        // Few distinct values in some rounds, so that ties are many.
        values[i] = round % 2 == 0 ? random.nextLong() : random.nextInt(8);
      }
      int from = values.length == 0 ? 0 : random.nextInt(values.length);
      int to = from + random.nextInt(values.length - from + 1);
      int keep = Math.min(to - from, random.nextInt(70));
      long[] expected = values.clone();
      java.util.Arrays.sort(expected, from, to);
      long[] actual = values.clone();
      InvertedIndex.keepSmallest(actual, from, to, keep);
      assertThat(java.util.Arrays.copyOfRange(actual, from, from + keep))
          .as("round %d: the %d smallest of %d", round, keep, to - from)
          .isEqualTo(java.util.Arrays.copyOfRange(expected, from, from + keep));
      long[] rest = java.util.Arrays.copyOfRange(actual, from, to);
      java.util.Arrays.sort(rest);
      assertThat(rest).as("round %d: nothing lost", round)
          .isEqualTo(java.util.Arrays.copyOfRange(expected, from, to));
    }
  }

  private static List<String> listing(InvertedIndex index, int terms) {
    List<String> lines = new ArrayList<>();
    for (int t = 0; t < terms; t++) {
      StringBuilder line = new StringBuilder(Integer.toString(t));
      for (int p = index.start(t); p < index.end(t); p++) {
        line.append(' ').append(index.story(p)).append(' ').append(index.weight(p));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
