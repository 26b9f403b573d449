package dev.broadsheet.related;

import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Finds each story's related stories: candidates from the inverted index by partial score, the
 * best of them scored exactly, then boosted by shared tags, section and nearness in time.
 */
final class Relater {
  /** Stories kept per term in the inverted index. */
  static final int POSTINGS_PER_TERM = 64;
  /** A story's terms that look for candidates. */
  static final int QUERY_TERMS = 10;
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
  private final int[][] tags;
  private final int[] sections;
  private final long[] days;
  private final int max;
  /**
   * Scratch no thread is using: each takes one for a story and gives it back. Not thread-locals,
   * which outlive the relater in the pool's threads: 12 MB each for a million stories, held
   * to the end of the build.
   */
  private final Queue<Scratch> scratch = new ConcurrentLinkedQueue<>();

  Relater(TermVectors vectors, List<Story> stories, int max) {
    this.vectors = vectors;
    this.index = InvertedIndex.of(vectors, POSTINGS_PER_TERM);
    // Tags and sections as numbers, since the boost is computed for every candidate.
    Map<String, Integer> names = new HashMap<>();
    this.tags = new int[stories.size()][];
    this.sections = new int[stories.size()];
    this.days = new long[stories.size()];
    for (int s = 0; s < stories.size(); s++) {
      Story story = stories.get(s);
      tags[s] = story.tags().stream().mapToInt(t -> names.computeIfAbsent("#" + t,
          k -> names.size())).sorted().toArray();
      sections[s] = story.section().isEmpty() ? -1
          : names.computeIfAbsent("/" + story.section(), k -> names.size());
      days[s] = story.epochDay();
    }
    this.max = max;
  }

  /**
   * Partial scores of one story against the others, and its weights by term id, reused by
   * each thread.
   */
  private static final class Scratch {
    final float[] partial;
    final int[] touched;
    final float[] weightOf;
    int count;

    Scratch(int stories, int terms) {
      partial = new float[stories];
      touched = new int[stories];
      weightOf = new float[terms];
    }
  }

  InvertedIndex index() {
    return index;
  }

  /** The related stories of one story, best first. */
  int[] relate(int story) {
    Scratch s = scratch.poll();
    if (s == null) {
      s = new Scratch(vectors.stories(), vectors.terms());
    }
    try {
      return relate(story, s);
    } finally {
      scratch.add(s);
    }
  }

  private int[] relate(int story, Scratch s) {
    int[] candidates = candidates(story, s);
    long[] ranked = new long[candidates.length];
    int n = 0;
    // The story's weights are spread out by term id, so each candidate's cosine is one pass
    // over its own terms rather than a merge of two lists, whose every step is a branch the
    // processor cannot predict.
    float[] weightOf = s.weightOf;
    int start = vectors.start(story);
    int end = vectors.end(story);
    for (int k = start; k < end; k++) {
      weightOf[vectors.id(k)] = vectors.weight(k);
    }
    for (int other : candidates) {
      double cosine = cosine(weightOf, other);
      if (cosine >= MIN_COSINE) {
        double score = cosine + boost(story, other);
        ranked[n++] = rankKey(score, other);
      }
    }
    for (int k = start; k < end; k++) {
      weightOf[vectors.id(k)] = 0;
    }
    return best(ranked, n, max);
  }

  /**
   * The cosine of the story whose weights are in {@code weightOf} and story {@code other}:
   * summed in term order, so it is the same every run.
   */
  private double cosine(float[] weightOf, int other) {
    double sum = 0;
    for (int k = vectors.start(other), end = vectors.end(other); k < end; k++) {
      float w = weightOf[vectors.id(k)];
      if (w != 0) {
        sum += (double) w * vectors.weight(k);
      }
    }
    return sum;
  }

  /** The ids of the terms a story looks for candidates by. */
  int[] queryTerms(int story) {
    int[] strongest = strongest(story);
    int[] terms = new int[strongest.length];
    for (int i = 0; i < strongest.length; i++) {
      terms[i] = vectors.id(strongest[i]);
    }
    return terms;
  }

  /** Stories sharing one of this story's strongest terms, the best by partial score. */
  private int[] candidates(int story, Scratch s) {
    s.count = 0;
    for (int k : strongest(story)) {
      int id = vectors.id(k);
      float weight = vectors.weight(k);
      for (int p = index.start(id); p < index.end(id); p++) {
        int other = index.story(p);
        if (other != story) {
          if (s.partial[other] == 0) {
            s.touched[s.count++] = other;
          }
          s.partial[other] += weight * index.weight(p);
        }
      }
    }
    long[] ranked = new long[s.count];
    for (int i = 0; i < s.count; i++) {
      ranked[i] = rankKey(s.partial[s.touched[i]], s.touched[i]);
      s.partial[s.touched[i]] = 0;
    }
    return best(ranked, ranked.length, CANDIDATES);
  }

  /**
   * Where in the vectors the {@link #QUERY_TERMS} heaviest terms of {@code story} are that
   * some other story has too, heaviest first, ties by position. A story's heaviest terms are
   * often its own alone (a name, a typo), and those find nothing.
   */
  private int[] strongest(int story) {
    long[] ranked = new long[vectors.end(story) - vectors.start(story)];
    int n = 0;
    for (int k = vectors.start(story); k < vectors.end(story); k++) {
      int id = vectors.id(k);
      if (index.end(id) - index.start(id) > 1) {
        ranked[n++] = rankKey(vectors.weight(k), k);
      }
    }
    return best(ranked, n, QUERY_TERMS);
  }

  /**
   * The positions in the {@code k} smallest of the first {@code n} rank keys, best first. Only
   * those are sorted, since a story's candidates number in the thousands and only a few are
   * kept; {@code ranked} is left in no order.
   */
  static int[] best(long[] ranked, int n, int k) {
    int size = Math.min(k, n);
    InvertedIndex.keepSmallest(ranked, 0, n, size);
    int[] best = new int[size];
    for (int i = 0; i < size; i++) {
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

  private double boost(int a, int b) {
    double boost = TAG_BOOST * Math.min(MAX_BOOSTED_TAGS, shared(tags[a], tags[b]));
    if (sections[a] >= 0 && sections[a] == sections[b]) {
      boost += SECTION_BOOST;
    }
    if (days[a] != Story.UNDATED && days[b] != Story.UNDATED) {
      boost += TIME_BOOST * Math.exp(-Math.abs(days[a] - days[b]) / TIME_SCALE_DAYS);
    }
    return boost;
  }

  private static int shared(int[] x, int[] y) {
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }
}
