package dev.broadsheet.related;

import java.util.Arrays;

/**
 * For each term, the stories where it weighs most, strongest first. Capping each list is what
 * keeps relating linear in the number of stories: a term common to half the archive adds no
 * more candidates than a rare one.
 */
final class InvertedIndex {
  private final int[] offsets;
  private final int[] stories;
  private final float[] weights;

  private InvertedIndex(int[] offsets, int[] stories, float[] weights) {
    this.offsets = offsets;
    this.stories = stories;
    this.weights = weights;
  }

  static InvertedIndex of(TermVectors vectors, int maxPerTerm) {
    int[] counts = new int[vectors.terms() + 1];
    for (int[] ids : vectors.ids()) {
      for (int id : ids) {
        counts[id + 1]++;
      }
    }
    for (int t = 0; t < vectors.terms(); t++) {
      counts[t + 1] += counts[t];
    }
    int[] fill = Arrays.copyOf(counts, counts.length);
    // Packed as (weight, story) so one sort orders by weight descending, then story ascending.
    long[] postings = new long[counts[vectors.terms()]];
    for (int s = 0; s < vectors.stories(); s++) {
      int[] ids = vectors.ids()[s];
      for (int k = 0; k < ids.length; k++) {
        int weightBits = Float.floatToIntBits(vectors.weights()[s][k]);
        postings[fill[ids[k]]++] = ((long) ~weightBits << 32) | s;
      }
    }
    int[] offsets = new int[vectors.terms() + 1];
    int total = 0;
    for (int t = 0; t < vectors.terms(); t++) {
      // Positive floats order like their bits; the complement turns ascending into descending.
      Arrays.sort(postings, counts[t], counts[t + 1]);
      offsets[t] = total;
      total += Math.min(maxPerTerm, counts[t + 1] - counts[t]);
    }
    offsets[vectors.terms()] = total;
    int[] stories = new int[total];
    float[] weights = new float[total];
    for (int t = 0; t < vectors.terms(); t++) {
      for (int k = 0; k < offsets[t + 1] - offsets[t]; k++) {
        long p = postings[counts[t] + k];
        stories[offsets[t] + k] = (int) p;
        weights[offsets[t] + k] = Float.intBitsToFloat(~(int) (p >>> 32));
      }
    }
    return new InvertedIndex(offsets, stories, weights);
  }

  int start(int term) {
    return offsets[term];
  }

  int end(int term) {
    return offsets[term + 1];
  }

  int story(int posting) {
    return stories[posting];
  }

  float weight(int posting) {
    return weights[posting];
  }
}
