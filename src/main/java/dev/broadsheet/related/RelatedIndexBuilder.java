package dev.broadsheet.related;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the text of every story, from many threads at once, keeping only each story's
 * strongest terms and every term's document frequency; {@link #build} then relates them.
 *
 * <p>Memory per story is a few dozen bytes per kept term, never its text, so a million stories
 * fit in a small heap.
 */
public final class RelatedIndexBuilder {
  /** Terms kept per story: enough to describe a news story, few enough to stay small. */
  static final int TERMS_PER_STORY = 20;
  /**
   * Words read per story. News is written as an inverted pyramid: the headline and the first
   * paragraphs name the story, so reading on costs time and adds little.
   */
  static final int WORDS_PER_STORY = 250;

  private final Map<String, Term> vocabulary = new ConcurrentHashMap<>();
  private final Map<String, Counts> stories = new ConcurrentHashMap<>();
  private final AtomicInteger nextTermId = new AtomicInteger();
  private boolean built;

  /** A term's id is given in arrival order, which varies; {@link #build} renumbers by spelling. */
  private static final class Term {
    final String spelling;
    final int arrivalId;
    final AtomicInteger documents = new AtomicInteger();

    Term(String spelling, int arrivalId) {
      this.spelling = spelling;
      this.arrivalId = arrivalId;
    }
  }

  /** A story's strongest terms by arrival id, with how often each occurs. */
  record Counts(int[] terms, int[] frequencies) {}

  /**
   * Adds the text of the story known by {@code key}, given in parts read in order (headline,
   * then body, say); thread-safe.
   */
  public void add(String key, CharSequence... parts) {
    add(key, WordCounts.of(parts));
  }

  /**
   * Adds the story known by {@code key}, its words counted already; thread-safe. Its
   * {@link #TERMS_PER_STORY} strongest words describe it; every word counts for the document
   * frequencies.
   */
  public void add(String key, WordCounts words) {
    int n = Math.min(TERMS_PER_STORY, words.size());
    int[] terms = new int[n];
    int[] frequencies = new int[n];
    for (int i = 0; i < words.size(); i++) {
      Term term = vocabulary.computeIfAbsent(words.word(i),
          s -> new Term(s, nextTermId.getAndIncrement()));
      term.documents.incrementAndGet();
      if (i < n) {
        terms[i] = term.arrivalId;
        frequencies[i] = words.count(i);
      }
    }
    if (stories.putIfAbsent(key, new Counts(terms, frequencies)) != null) {
      throw new IllegalArgumentException("story added twice: " + key);
    }
  }

  /**
   * Relates the given stories to each other; once, as it lets go of what was added.
   *
   * @param order the stories, in the order the result is indexed by; stories whose text was not
   *              added have no terms and relate to nothing
   * @param max   how many related stories to list at most for each
   * @return for each story of {@code order}, the positions of its related stories, best first
   */
  public int[][] build(List<Story> order, int max) {
    if (built) {
      throw new IllegalStateException("a related index is built once");
    }
    built = true;
    TermVectors vectors = vectors(order);
    // The counts are in the vectors now: let them go before the inverted index takes their
    // room, a quarter of a gigabyte for a million stories.
    stories.clear();
    vocabulary.clear();
    return new Relater(vectors, order, max).relateAll();
  }

  /** Weighted, normalised term vectors with terms numbered by spelling, for a stable result. */
  private TermVectors vectors(List<Story> order) {
    Term[] terms = vocabulary.values().toArray(Term[]::new);
    Arrays.sort(terms, (a, b) -> a.spelling.compareTo(b.spelling));
    int[] byArrival = new int[terms.length];
    double[] idf = new double[terms.length];
    double stories = Math.max(1, this.stories.size());
    for (int id = 0; id < terms.length; id++) {
      byArrival[terms[id].arrivalId] = id;
      idf[id] = Math.log(1 + stories / terms[id].documents.get());
    }
    int[][] ids = new int[order.size()][];
    float[][] weights = new float[order.size()][];
    for (int s = 0; s < order.size(); s++) {
      Counts counts = this.stories.get(order.get(s).key());
      int n = counts == null ? 0 : counts.terms().length;
      long[] packed = new long[n];
      for (int k = 0; k < n; k++) {
        packed[k] = ((long) byArrival[counts.terms()[k]] << 32) | k;
      }
      Arrays.sort(packed);
      ids[s] = new int[n];
      double[] w = new double[n];
      double norm = 0;
      for (int k = 0; k < n; k++) {
        int id = (int) (packed[k] >>> 32);
        ids[s][k] = id;
        w[k] = (1 + Math.log(counts.frequencies()[(int) packed[k]])) * idf[id];
        norm += w[k] * w[k];
      }
      weights[s] = new float[n];
      for (int k = 0; k < n; k++) {
        weights[s][k] = (float) (w[k] / Math.sqrt(norm));
      }
    }
    return new TermVectors(terms.length, ids, weights);
  }
}
