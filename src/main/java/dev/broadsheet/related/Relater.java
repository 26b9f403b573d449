package dev.broadsheet.related;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds each story's related stories: candidates from the inverted index by partial score, the
 * best of them scored exactly, then boosted by shared tags, section and nearness in time.
 */
final class Relater {
  /** Stories kept per term in the inverted index. */
  static final int POSTINGS_PER_TERM = 128;
  /** A story's terms that look for candidates. */
  static final int QUERY_TERMS = 12;
  /** Candidates scored exactly, the best by partial score. */
  static final int CANDIDATES = 48;
  /** Below this cosine, two stories share words but not a subject. */
  static final double MIN_COSINE = 0.05;

  static final double TAG_BOOST = 0.06;
  static final int MAX_BOOSTED_TAGS = 3;
  static final double SECTION_BOOST = 0.03;
  static final double TIME_BOOST = 0.06;
  /** Days over which the time boost falls by a factor of e: a news story's active life. */
  static final double TIME_SCALE_DAYS = 30;

  private final TermVectors vectors;
  private final InvertedIndex index;
  private final List<Story> stories;
  private final int max;
  private final ThreadLocal<Scratch> scratch;

  Relater(TermVectors vectors, List<Story> stories, int max) {
    this.vectors = vectors;
    this.index = InvertedIndex.of(vectors, POSTINGS_PER_TERM);
    this.stories = stories;
    this.max = max;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(vectors.stories()));
  }

  /** Partial scores of one story against the others, reused by each thread. */
  private static final class Scratch {
    final float[] partial;
    final int[] touched;
    int count;

    Scratch(int stories) {
      partial = new float[stories];
      touched = new int[stories];
    }
  }

  int[][] relateAll() {
    int[][] result = new int[vectors.stories()][];
    IntStream.range(0, result.length).parallel().forEach(s -> result[s] = relate(s));
    return result;
  }

  private int[] relate(int story) {
    int[] candidates = candidates(story);
    long[] ranked = new long[candidates.length];
    int n = 0;
    for (int other : candidates) {
      double cosine = vectors.cosine(story, other);
      if (cosine >= MIN_COSINE) {
        double score = cosine + boost(stories.get(story), stories.get(other));
        ranked[n++] = rankKey(score, other);
      }
    }
    Arrays.sort(ranked, 0, n);
    int[] best = new int[Math.min(max, n)];
    for (int k = 0; k < best.length; k++) {
      best[k] = (int) ranked[k];
    }
    return best;
  }

  /** Stories sharing one of this story's strongest terms, the best by partial score. */
  private int[] candidates(int story) {
    Scratch s = scratch.get();
    s.count = 0;
    int[] ids = vectors.ids()[story];
    float[] weights = vectors.weights()[story];
    for (int k : strongest(ids, weights)) {
      for (int p = index.start(ids[k]); p < index.end(ids[k]); p++) {
        int other = index.story(p);
        if (other != story) {
          if (s.partial[other] == 0) {
            s.touched[s.count++] = other;
          }
          s.partial[other] += weights[k] * index.weight(p);
        }
      }
    }
    long[] ranked = new long[s.count];
    for (int i = 0; i < s.count; i++) {
      ranked[i] = rankKey(s.partial[s.touched[i]], s.touched[i]);
      s.partial[s.touched[i]] = 0;
    }
    Arrays.sort(ranked);
    int[] best = new int[Math.min(CANDIDATES, ranked.length)];
    for (int i = 0; i < best.length; i++) {
      best[i] = (int) ranked[i];
    }
    return best;
  }

  /**
   * Indexes of the {@link #QUERY_TERMS} heaviest terms that some other story has too, heaviest
   * first, ties by position. A story's heaviest terms are often its own alone (a name, a typo),
   * and those find nothing.
   */
  private int[] strongest(int[] ids, float[] weights) {
    long[] ranked = new long[weights.length];
    int n = 0;
    for (int k = 0; k < weights.length; k++) {
      if (index.end(ids[k]) - index.start(ids[k]) > 1) {
        ranked[n++] = rankKey(weights[k], k);
      }
    }
    Arrays.sort(ranked, 0, n);
    int[] best = new int[Math.min(QUERY_TERMS, n)];
    for (int i = 0; i < best.length; i++) {
      best[i] = (int) ranked[i];
    }
    return best;
  }

  /**
   * A sort key that orders by score descending, then by position ascending: the score as a
   * non-negative float's bits, complemented, in the high half.
   */
  private static long rankKey(double score, int position) {
    int bits = Float.floatToIntBits((float) Math.max(0, score));
    return ((long) ~bits << 32) | position;
  }

  static double boost(Story a, Story b) {
    double boost = 0;
    int shared = 0;
    for (String tag : a.tags()) {
      if (b.tags().contains(tag)) {
        shared++;
      }
    }
    boost += TAG_BOOST * Math.min(MAX_BOOSTED_TAGS, shared);
    if (!a.section().isEmpty() && a.section().equals(b.section())) {
      boost += SECTION_BOOST;
    }
    if (a.dated() && b.dated()) {
      boost += TIME_BOOST * Math.exp(-Math.abs(a.epochDay() - b.epochDay()) / TIME_SCALE_DAYS);
    }
    return boost;
  }
}
