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
    int[][] ids = new int[2_000][];
    float[][] weights = new float[ids.length][];
    for (int s = 0; s < ids.length; s++) {
      TreeSet<Integer> chosen = new TreeSet<>();
      while (chosen.size() < 1 + random.nextInt(20)) {
        // Skewed, so some terms are in hundreds of stories and some in none.
        chosen.add((int) (terms * Math.pow(random.nextDouble(), 3)));
      }
      ids[s] = chosen.stream().mapToInt(Integer::intValue).toArray();
      weights[s] = new float[ids[s].length];
      for (int k = 0; k < ids[s].length; k++) {
        // Few distinct weights, so ties are broken by story.
        weights[s][k] = (1 + random.nextInt(8)) / 8f;
      }
    }
    TermVectors vectors = TermVectors.of(terms, ids, weights);
    List<String> whole = listing(InvertedIndex.of(vectors, 25, Integer.MAX_VALUE), terms);
    assertThat(whole.stream().filter(t -> t.split(" ").length == 25 * 2 + 1).count())
        .as("terms whose lists are cut short").isGreaterThan(10);
    for (int group : new int[] {1, 7, 100, 4_000}) {
      assertThat(listing(InvertedIndex.of(vectors, 25, group), terms)).as("group %d", group)
          .isEqualTo(whole);
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
