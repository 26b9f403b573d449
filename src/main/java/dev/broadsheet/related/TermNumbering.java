package dev.broadsheet.related;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Every term of a build numbered by its spelling, the threads' vocabularies merged with the
 * words the last build kept, with how many stories have each and its weight ({@link #idf}).
 * Numbered by spelling, not by the order the threads met them in, so that the vectors, and the
 * related lists, are the same whatever the threads did.
 */
final class TermNumbering {
  /** Steps per doubling in which {@link #idf} counts stories and documents. */
  private static final int STEPS_PER_DOUBLING = 4;

  private final String[] spellings;
  private final int[] documents;
  private final double[] idf;
  /** For each vocabulary, its ids' numbers here; until {@link #renumber}. */
  private final Map<Vocabulary, int[]> numbers;

  private TermNumbering(String[] spellings, int[] documents, double[] idf,
      Map<Vocabulary, int[]> numbers) {
    this.spellings = spellings;
    this.documents = documents;
    this.idf = idf;
    this.numbers = numbers;
  }

  /**
   * The numbering of the terms of {@code vocabularies} and of {@code earlier}, the last build's
   * words (null if none are kept), for an archive of {@code stories} stories.
   */
  static TermNumbering of(Collection<Vocabulary> vocabularies, KeptStories.Words earlier,
      int stories) {
    // Every spelling: {stories that have it, its number}.
    Map<String, int[]> merged = new HashMap<>();
    Map<Vocabulary, String[]> spelt = new IdentityHashMap<>();
    if (earlier != null) {
      for (int d = 0; d < earlier.spellings().length; d++) {
        if (earlier.documents()[d] > 0) {
          merged.put(earlier.spellings()[d], new int[] {earlier.documents()[d], 0});
        }
      }
    }
    for (Vocabulary v : vocabularies) {
      String[] local = new String[v.size()];
      for (int id = 0; id < local.length; id++) {
        local[id] = v.spelling(id);
        merged.computeIfAbsent(local[id], k -> new int[2])[0] += v.documents(id);
      }
      spelt.put(v, local);
    }
    String[] spellings = merged.keySet().toArray(String[]::new);
    Arrays.sort(spellings);
    double[] idf = new double[spellings.length];
    int[] documents = new int[spellings.length];
    for (int id = 0; id < spellings.length; id++) {
      int[] term = merged.get(spellings[id]);
      term[1] = id;
      documents[id] = term[0];
      idf[id] = idf(stories, term[0]);
    }
    Map<Vocabulary, int[]> numbers = new IdentityHashMap<>();
    if (earlier != null) {
      int[] global = new int[earlier.spellings().length];
      for (int d = 0; d < global.length; d++) {
        int[] term = merged.get(earlier.spellings()[d]);
        global[d] = term == null ? -1 : term[1];
      }
      numbers.put(KeptStories.EARLIER, global);
    }
    spelt.forEach((v, local) -> {
      int[] global = new int[local.length];
      for (int id = 0; id < local.length; id++) {
        global[id] = merged.get(local[id])[1];
      }
      numbers.put(v, global);
    });
    return new TermNumbering(spellings, documents, idf, numbers);
  }

  /**
   * A term's inverse document frequency, log(1 + stories / documents), with both counts rounded
   * to a quarter of a doubling (about 19%). A weight that moved with every story written would
   * change every story's vector at every edit, and with it every related list; rounded, one edit
   * moves a common term's weight only when its count crosses a step. StrictMath, so every
   * machine gives the same bits.
   */
  static double idf(int stories, int documents) {
    return StrictMath.log(1 + StrictMath.pow(2,
        (double) (steps(stories) - steps(documents)) / STEPS_PER_DOUBLING));
  }

  private static long steps(int count) {
    return StrictMath.round(STEPS_PER_DOUBLING * StrictMath.log(count) / StrictMath.log(2));
  }

  /** The spelling of each term, by number. */
  String[] spellings() {
    return spellings;
  }

  /** How many stories have each term, by number. */
  int[] documents() {
    return documents;
  }

  /** Each term's weight, by number. */
  double[] idf() {
    return idf;
  }

  /**
   * Numbers the terms of every story in {@code stories} by spelling, in place of its
   * vocabulary's ids, then lets go of the vocabularies' numbering: for a million stories the
   * vocabularies and their merging are a few hundred megabytes, which must go before the
   * vectors take their room (a 1.5 GB heap ran out of memory here).
   */
  void renumber(Map<String, StoryTerms> stories) {
    if (spellings.length > StoryTerms.MAX_ID + 1) {
      throw new IllegalStateException("related stories: " + spellings.length + " words");
    }
    stories.replaceAll((key, counts) -> new StoryTerms(null, numbered(counts)));
    numbers.clear();
  }

  /** {@code counts}' terms, each its number here in place of its vocabulary's id. */
  private int[] numbered(StoryTerms counts) {
    int[] global = numbers.get(counts.vocabulary());
    int[] terms = counts.terms();
    for (int k = 0; k < terms.length; k++) {
      terms[k] = StoryTerms.packed(global[counts.id(k)], counts.frequency(k));
    }
    return terms;
  }
}
