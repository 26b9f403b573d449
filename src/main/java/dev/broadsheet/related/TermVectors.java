package dev.broadsheet.related;

/**
 * Every story's strongest terms as a unit-length vector: term ids in ascending order and their
 * weights. All stories' in shared arrays, {@link #WIDTH} places a story, rather than arrays of
 * their own: for a million stories the arrays' headers and references alone were 40 MB.
 *
 * <p>The shared arrays are cut in chunks of {@link #CHUNK} places, each made when its first
 * story is {@link #set}. A rebuild holds every kept story's term counts until its vector is
 * made and lets each go then; made at once, a million stories' vectors (100 MB) came on top of
 * all the counts, and a rebuild of a million articles ran out of memory in a 1 GB heap there.
 * Chunks of a power of two places are found by a shift, not a division, and at 256 KB stay
 * below the size a 1 GB heap's collector handles as one huge object.
 *
 * <p>A weight is not kept but worked out when asked for, from what it is made of: how often the
 * story has the term, the term's rarity, and the vector's length. Kept, the weights were 80 MB
 * for a million stories, held at the build's fullest; worked out, each is the same number to
 * the last bit.
 */
final class TermVectors {
  /** Places a story has: its terms at most. */
  static final int WIDTH = RelatedIndexBuilder.TERMS_PER_STORY;
  private static final int CHUNK_BITS = 16;
  /** Places in a chunk of {@link #ids} and {@link #counts}. */
  static final int CHUNK = 1 << CHUNK_BITS;
  private static final int IN_CHUNK = CHUNK - 1;
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
  /** A story's term ids from place {@code s * WIDTH}, ascending; chunks made as they are set. */
  private final int[][] ids;
  /** How often the story has each of its terms, from 1 to 255, as an unsigned byte. */
  private final byte[][] counts;
  /** How many places there are: {@code stories * WIDTH}. */
  private final long places;
  /** For each story, the length of its vector before it was made unit-length. */
  private final double[] lengths;
  /** How many terms each story has. */
  private final byte[] sizes;

  private TermVectors(double[] idf, int stories) {
    this.idf = idf;
    this.stories = stories;
    this.places = (long) stories * WIDTH;
    if (places > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many stories: " + stories);
    }
    int chunks = (int) ((places + IN_CHUNK) >>> CHUNK_BITS);
    this.ids = new int[chunks][];
    this.counts = new byte[chunks][];
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
      int place = s * WIDTH + k;
      int chunk = place >>> CHUNK_BITS;
      if (this.ids[chunk] == null) {
        int size = (int) Math.min(CHUNK, places - ((long) chunk << CHUNK_BITS));
        this.ids[chunk] = new int[size];
        this.counts[chunk] = new byte[size];
      }
      this.ids[chunk][place & IN_CHUNK] = ids[k];
      this.counts[chunk][place & IN_CHUNK] = (byte) counts[k];
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
    return ids[k >>> CHUNK_BITS][k & IN_CHUNK];
  }

  /** How often the story has the term at {@code k}. */
  int count(int k) {
    return counts[k >>> CHUNK_BITS][k & IN_CHUNK] & 0xff;
  }

  float weight(int k) {
    return (float) (COUNT_WEIGHT[count(k)] * idf[id(k)] / lengths[k / WIDTH]);
  }

  /** The term ids of story {@code s}, as a new array. */
  int[] ids(int s) {
    int[] copy = new int[end(s) - start(s)];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = id(start(s) + i);
    }
    return copy;
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
    if (ids.length != end(s) - start(s)) {
      return false;
    }
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] != id(start(s) + i)) {
        return false;
      }
    }
    for (int i = 0; i < weights.length; i++) {
      if (Float.floatToIntBits(weights[i]) != Float.floatToIntBits(weight(start(s) + i))) {
        return false;
      }
    }
    return true;
  }
}
