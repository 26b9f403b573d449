package dev.broadsheet.related;

/**
 * A story's strongest terms, each its id in {@code vocabulary} and how often it occurs packed
 * in one number ({@link #packed}): one array, not two, for each of a million stories. Once the
 * vocabularies are merged, the ids are of all spellings, and the vocabulary null.
 */
record StoryTerms(Vocabulary vocabulary, int[] terms) {
  /** A term occurs at most {@link RelatedIndexBuilder#WORDS_PER_STORY} times in the words read. */
  private static final int FREQUENCY_BITS = 8;
  static final int MAX_FREQUENCY = (1 << FREQUENCY_BITS) - 1;
  /** The largest id that fits beside a count: 16 million words, more than a heap holds. */
  static final int MAX_ID = (1 << (32 - FREQUENCY_BITS)) - 1;

  int id(int k) {
    return idOf(terms[k]);
  }

  int frequency(int k) {
    return frequencyOf(terms[k]);
  }

  /** A term's id and frequency as one number, as a story's terms are kept and written. */
  static int packed(int id, int frequency) {
    return id << FREQUENCY_BITS | frequency;
  }

  static int idOf(int packed) {
    return packed >>> FREQUENCY_BITS;
  }

  static int frequencyOf(int packed) {
    return packed & MAX_FREQUENCY;
  }
}
