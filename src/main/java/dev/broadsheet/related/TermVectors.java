package dev.broadsheet.related;

import java.util.Arrays;

/**
 * Every story's strongest terms as a unit-length vector: term ids in ascending order and their
 * weights. All stories' in two arrays, {@link #WIDTH} places a story, rather than two arrays a
 * story: for a million stories the arrays' headers and references alone were 40 MB.
 */
final class TermVectors {
  /** Places a story has: its terms at most. */
  static final int WIDTH = RelatedIndexBuilder.TERMS_PER_STORY;
  private final int terms;
  private final int stories;
  /** A story's term ids from {@code s * WIDTH}, ascending. */
  private final int[] ids;
  private final float[] weights;
  /** How many terms each story has. */
  private final byte[] sizes;

  private TermVectors(int terms, int[] ids, float[] weights, byte[] sizes) {
    this.terms = terms;
    this.stories = sizes.length;
    this.ids = ids;
    this.weights = weights;
    this.sizes = sizes;
  }

  /** Room for {@code stories} stories of {@code terms} distinct terms, to be {@link #set}. */
  static TermVectors empty(int terms, int stories) {
    return new TermVectors(terms, new int[stories * WIDTH], new float[stories * WIDTH],
        new byte[stories]);
  }

  /** The vectors of the stories, story {@code s} having terms {@code ids[s]}. */
  static TermVectors of(int terms, int[][] ids, float[][] weights) {
    TermVectors v = empty(terms, ids.length);
    for (int s = 0; s < ids.length; s++) {
      v.set(s, ids[s], weights[s], ids[s].length);
    }
    return v;
  }

  /** Sets the vector of story {@code s}, the first {@code n} of the arrays; while being made. */
  void set(int s, int[] ids, float[] weights, int n) {
    if (n > WIDTH) {
      throw new IllegalArgumentException("a vector of " + n + " terms");
    }
    System.arraycopy(ids, 0, this.ids, s * WIDTH, n);
    System.arraycopy(weights, 0, this.weights, s * WIDTH, n);
    sizes[s] = (byte) n;
  }

  /** How many distinct terms there are. */
  int terms() {
    return terms;
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

  float weight(int k) {
    return weights[k];
  }

  /** The term ids of story {@code s}, as a new array. */
  int[] ids(int s) {
    return Arrays.copyOfRange(ids, start(s), end(s));
  }

  /** The weights of story {@code s}, as a new array. */
  float[] weights(int s) {
    return Arrays.copyOfRange(weights, start(s), end(s));
  }

  /** Whether story {@code s} has exactly these term ids and weights. */
  boolean is(int s, int[] ids, float[] weights) {
    return Arrays.equals(ids, 0, ids.length, this.ids, start(s), end(s))
        && Arrays.equals(weights, 0, weights.length, this.weights, start(s), end(s));
  }
}
