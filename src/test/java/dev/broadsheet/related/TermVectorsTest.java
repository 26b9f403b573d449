package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Vectors are stored in chunks made as stories are set: every story, including those whose
 * terms straddle two chunks and the short last chunk, reads back as it was set.
 */
class TermVectorsTest {
  @Test
  void everyStoryReadsBackAsSetAcrossChunks() {
    Random random = new Random(11);
    int terms = 500;
    double[] idf = new double[terms];
    for (int t = 0; t < terms; t++) {
      idf[t] = 1 + random.nextDouble() * 5;
    }
    // Three full chunks and part of a fourth.
    int stories = 3 * TermVectors.CHUNK / TermVectors.WIDTH + 1_000;
    TermVectors vectors = TermVectors.empty(idf, stories);
    int[][] setIds = new int[stories][];
    int[][] setCounts = new int[stories][];
    for (int s = 0; s < stories; s++) {
      // Every fifth story has no terms; the last, and those whose places run across a chunk's
      // end, all they may; the others up to that, often all.
      boolean crosses = (s * TermVectors.WIDTH) / TermVectors.CHUNK
          != (s * TermVectors.WIDTH + TermVectors.WIDTH - 1) / TermVectors.CHUNK;
      boolean full = crosses || s == stories - 1 || s % 5 != 0 && random.nextBoolean();
      int n = full ? TermVectors.WIDTH : s % 5 == 0 ? 0 : 1 + random.nextInt(TermVectors.WIDTH);
      TreeSet<Integer> chosen = new TreeSet<>();
      while (chosen.size() < n) {
        chosen.add(random.nextInt(terms));
      }
      setIds[s] = chosen.stream().mapToInt(Integer::intValue).toArray();
      setCounts[s] = new int[n];
      for (int k = 0; k < n; k++) {
        setCounts[s][k] = 1 + random.nextInt(255);
      }
      vectors.set(s, setIds[s], setCounts[s], n);
    }
    for (int s = 0; s < stories; s++) {
      assertThat(vectors.ids(s)).as("story %d", s).containsExactly(setIds[s]);
      assertThat(vectors.end(s) - vectors.start(s)).isEqualTo(setIds[s].length);
      double squares = 0;
      for (int k = vectors.start(s); k < vectors.end(s); k++) {
        assertThat(vectors.count(k)).isEqualTo(setCounts[s][k - vectors.start(s)]);
        squares += (double) vectors.weight(k) * vectors.weight(k);
      }
      if (setIds[s].length > 0) {
        assertThat(squares).as("story %d is of unit length", s).isCloseTo(1, within(1e-5));
      }
      assertThat(vectors.is(s, setIds[s], vectors.weights(s))).isTrue();
    }
    // A term in the next chunk that differs is told apart.
    int straddling = TermVectors.CHUNK / TermVectors.WIDTH;
    int[] other = setIds[straddling].clone();
    other[other.length - 1] = other[other.length - 1] == terms - 1 ? 0 : terms - 1;
    assertThat(vectors.is(straddling, other, vectors.weights(straddling))).isFalse();
  }
}
