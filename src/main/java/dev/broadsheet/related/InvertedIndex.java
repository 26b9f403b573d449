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
  /** For each term, how many stories have it, before the lists were capped. */
  private final int[] counts;

  private InvertedIndex(int[] offsets, int[] stories, float[] weights, int[] counts) {
    this.offsets = offsets;
    this.stories = stories;
    this.weights = weights;
    this.counts = counts;
  }

  /** Postings sorted at a time: a million stories have twenty million, 160 MB at once. */
  private static final int GROUP = 1 << 22;

  static InvertedIndex of(TermVectors vectors, int maxPerTerm) {
    return of(vectors, maxPerTerm, GROUP);
  }

  /** As {@link #of(TermVectors, int)}, sorting about {@code group} postings at a time. */
  static InvertedIndex of(TermVectors vectors, int maxPerTerm, int group) {
    int terms = vectors.terms();
    int[] counts = new int[terms + 1];
    for (int s = 0; s < vectors.stories(); s++) {
      for (int k = vectors.start(s); k < vectors.end(s); k++) {
        counts[vectors.id(k) + 1]++;
      }
    }
    for (int t = 0; t < terms; t++) {
      counts[t + 1] += counts[t];
    }
    int[] offsets = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      offsets[t + 1] = offsets[t] + Math.min(maxPerTerm, counts[t + 1] - counts[t]);
    }
    int[] stories = new int[offsets[terms]];
    float[] weights = new float[offsets[terms]];
    // Terms a group at a time, each group's postings sorted together: a pass over the vectors
    // per group costs less than holding every posting.
    for (int from = 0; from < terms; ) {
      int to = from + 1;
      while (to < terms && counts[to + 1] - counts[from] <= group) {
        to++;
      }
      sortGroup(vectors, counts, from, to, maxPerTerm, offsets, stories, weights);
      from = to;
    }
    return new InvertedIndex(offsets, stories, weights, counts);
  }

  /** Keeps the strongest postings of terms {@code from} to {@code to} (exclusive). */
  private static void sortGroup(TermVectors vectors, int[] counts, int from, int to,
      int maxPerTerm, int[] offsets, int[] stories, float[] weights) {
    int base = counts[from];
    int[] fill = new int[to - from];
    for (int t = from; t < to; t++) {
      fill[t - from] = counts[t] - base;
    }
    // Packed as (weight, story) so one sort orders by weight descending, then story ascending.
    long[] postings = new long[counts[to] - base];
    for (int s = 0; s < vectors.stories(); s++) {
      for (int k = vectors.start(s); k < vectors.end(s); k++) {
        int id = vectors.id(k);
        if (id >= from && id < to) {
          postings[fill[id - from]++] = order(vectors.weight(k), s);
        }
      }
    }
    for (int t = from; t < to; t++) {
      // Positive floats order like their bits; the complement turns ascending into descending.
      keepSmallest(postings, counts[t] - base, counts[t + 1] - base,
          offsets[t + 1] - offsets[t]);
      for (int k = 0; k < offsets[t + 1] - offsets[t]; k++) {
        long p = postings[counts[t] - base + k];
        stories[offsets[t] + k] = (int) p;
        weights[offsets[t] + k] = Float.intBitsToFloat(~(int) (p >>> 32));
      }
    }
  }

  /**
   * Puts the {@code keep} smallest of {@code a[from..to)}, ascending, at {@code from}; the rest
   * after them in no order. A common term is in tens of thousands of stories and only its
   * strongest few are listed: sorting them all was most of the index's making, in a rebuild
   * that relates one story afresh as in a full build. {@link Relater} ranks by it too.
   */
  static void keepSmallest(long[] a, int from, int to, int keep) {
    if (keep == 0) {
      return;
    }
    if (to - from <= 2 * keep) {
      Arrays.sort(a, from, to);
      return;
    }
    // A heap of the smallest so far, largest on top, in the first places.
    for (int i = 1; i < keep; i++) {
      siftUp(a, from, i);
    }
    for (int i = from + keep; i < to; i++) {
      if (a[i] < a[from]) {
        swap(a, i, from);
        siftDown(a, from, keep);
      }
    }
    Arrays.sort(a, from, from + keep);
  }

  /** Moves heap place {@code c} (from {@code from}) up to where it belongs. */
  private static void siftUp(long[] heap, int from, int c) {
    while (c > 0) {
      int p = (c - 1) / 2;
      if (heap[from + p] >= heap[from + c]) {
        return;
      }
      swap(heap, from + p, from + c);
      c = p;
    }
  }

  /** Moves the top of the heap of {@code size} places (from {@code from}) down where it belongs. */
  private static void siftDown(long[] heap, int from, int size) {
    for (int p = 0; ; ) {
      int c = 2 * p + 1;
      if (c >= size) {
        return;
      }
      if (c + 1 < size && heap[from + c + 1] > heap[from + c]) {
        c++;
      }
      if (heap[from + p] >= heap[from + c]) {
        return;
      }
      swap(heap, from + p, from + c);
      p = c;
    }
  }

  private static void swap(long[] a, int i, int j) {
    long t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  int start(int term) {
    return offsets[term];
  }

  int end(int term) {
    return offsets[term + 1];
  }

  /** How many stories have the term, listed or not. */
  int documents(int term) {
    return counts[term + 1] - counts[term];
  }

  /**
   * The order of postings as one number, smallest first: weight descending, then story
   * ascending.
   */
  static long order(float weight, int story) {
    return ((long) ~Float.floatToIntBits(weight) << 32) | story;
  }

  long order(int posting) {
    return order(weights[posting], stories[posting]);
  }

  int story(int posting) {
    return stories[posting];
  }

  float weight(int posting) {
    return weights[posting];
  }
}
