package dev.broadsheet.related;

import java.util.Arrays;

/**
 * Every story's strongest terms as a unit-length vector: term ids in ascending order and their
 * weights. All stories' in flat arrays, {@link #WIDTH} places a story, rather than arrays of
 * their own: for a million stories the arrays' headers and references alone were 40 MB.
 *
 * <p>A weight is not kept but worked out when asked for, from what it is made of: how often the
 * story has the term, the term's rarity, and the vector's length. Kept, the weights were 80 MB
 * for a million stories, held at the build's fullest; worked out, each is the same number to
 * the last bit.
 */
final class TermVectors {
  /** Places a story has: its terms at most. */
  static final int WIDTH = RelatedIndexBuilder.TERMS_PER_STORY;
  /** For each count of a term in a story (at most 255), 1 + ln(count): the count's weight. */
  private static final double[] COUNT_WEIGHT = new double[256];

  static {
    for (int f = 1; f < COUNT_WEIGHT.length; f++) {
      COUNT_WEIGHT[f] = 1 + StrictMath.log(f);
    }
  }

  /** For each term id, its inverse document frequency. */
  private final double[] idf;
  private final int stories;
  /** A story's term ids from {@code s * WIDTH}, ascending. */
  private final int[] ids;
  /** How often the story has each of its terms, from 1 to 255, as an unsigned byte. */
  private final byte[] counts;
  /** For each story, the length of its vector before it was made unit-length. */
  private final double[] lengths;
  /** How many terms each story has. */
  private final byte[] sizes;

  private TermVectors(double[] idf, int stories) {
    this.idf = idf;
    this.stories = stories;
    this.ids = new int[stories * WIDTH];
    this.counts = new byte[stories * WIDTH];
    this.lengths = new double[stories];
    this.sizes = new byte[stories];
  }

  /**
   * Room for {@code stories} stories, to be {@link #set}; each term id's inverse document
   * frequency in {@code idf}.
   */
  static TermVectors empty(double[] idf, int stories) {
    return new TermVectors(idf, stories);
  }

  /**
   * Sets the vector of story {@code s}, while being made: the first {@code n} of {@code ids},
   * ascending, each had {@code counts} times (1 to 255).
   */
  void set(int s, int[] ids, int[] counts, int n) {
    if (n > WIDTH) {
      throw new IllegalArgumentException("a vector of " + n + " terms");
    }
    double squares = 0;
    for (int k = 0; k < n; k++) {
      if (counts[k] < 1 || counts[k] >= COUNT_WEIGHT.length) {
        throw new IllegalArgumentException("a term counted " + counts[k] + " times");
      }
      this.ids[s * WIDTH + k] = ids[k];
      this.counts[s * WIDTH + k] = (byte) counts[k];
      double w = COUNT_WEIGHT[counts[k]] * idf[ids[k]];
      squares += w * w;
    }
    lengths[s] = Math.sqrt(squares);
    sizes[s] = (byte) n;
  }

  /** How many distinct terms there are. */
  int terms() {
    return idf.length;
  }

  int stories() {
    return stories;
  }

  /** Where the terms of story {@code s} start in {@link #id} and {@link #weight}. */
  int start(int s) {
    return s * WIDTH;
  }

  /** Where the terms of story {@code s} end, exclusive. */
  int end(int s) {
    return s * WIDTH + sizes[s];
  }

  int id(int k) {
    return ids[k];
  }

  /** How often the story has the term at {@code k}. */
  int count(int k) {
    return counts[k] & 0xff;
  }

  float weight(int k) {
    return (float) (COUNT_WEIGHT[counts[k] & 0xff] * idf[ids[k]] / lengths[k / WIDTH]);
  }

  /** The term ids of story {@code s}, as a new array. */
  int[] ids(int s) {
    return Arrays.copyOfRange(ids, start(s), end(s));
  }

  /** The weights of story {@code s}, as a new array. */
  float[] weights(int s) {
    float[] weights = new float[end(s) - start(s)];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(start(s) + i);
    }
    return weights;
  }

  /** Whether story {@code s} has exactly these term ids and weights. */
  boolean is(int s, int[] ids, float[] weights) {
    if (!Arrays.equals(ids, 0, ids.length, this.ids, start(s), end(s))) {
      return false;
    }
    for (int i = 0; i < weights.length; i++) {
      if (Float.floatToIntBits(weights[i]) != Float.floatToIntBits(weight(start(s) + i))) {
        return false;
      }
    }
    return true;
  }
}
