package dev.broadsheet.related;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A rebuild in which every story kept its place and a few were reworded, related from the last
 * build's state in one read of it. The general way ({@link KeptStories}, then
 * {@link RelatedState#reuse}) reads the state twice and makes every story's term list anew in
 * between: after one edit to 100,000 stories, 0.45-0.6 s of a 0.75 s stage, on one core.
 *
 * <p>It gives what the general way gives, to the bit, or nothing. Today's document frequencies
 * are the last build's, less the words of the stories forgotten, plus the words of those added,
 * and the words are numbered by spelling: a word that comes or goes moves the numbers of those
 * after it, in order. A kept story's terms are its terms last time, renumbered so; its vector
 * is made from them and today's frequencies, and compared with last time's as
 * {@link RelatedState#reuse} compares it. It gives nothing (the general way is taken) when a
 * story came, went, moved, or is neither kept nor forgotten; when a story forgotten was not in
 * the state, or one kept is missing from it; when a word of a story forgotten was not counted,
 * or a kept story's word is counted by none now; when the state is damaged.
 */
final class StoriesEditedInPlace {
  /** Today's vectors and words, and each story's list, null for those to relate afresh. */
  record Patched(TermVectors vectors, String[] spellings, int[] documents, int[][] lists) {}

  private StoriesEditedInPlace() {}

  /**
   * @param stories   every story of today by key: {@link KeptStories#KEPT} for those kept, the
   *                  terms counted for those added
   * @param forgotten the words last time of the stories forgotten, which are those added
   * @param added     the words of the stories added
   * @param relater   makes a relater of today's vectors, when one is needed
   */
  static Optional<Patched> patch(InputStream source, List<Story> order, int max,
      Map<String, StoryTerms> stories, int kept, Map<String, WordCounts> forgotten,
      Map<String, WordCounts> added, Function<TermVectors, Relater> relater) {
    if (stories.size() != order.size() || forgotten.size() != added.size()
        || !forgotten.keySet().equals(added.keySet())) {
      return Optional.empty();
    }
    try {
      return read(new StateInput(source), order, max, stories, kept, forgotten, added, relater);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: the general way says so, and relates all afresh
    }
  }

  private static Optional<Patched> read(StateInput in, List<Story> order, int max,
      Map<String, StoryTerms> stories, int kept, Map<String, WordCounts> forgotten,
      Map<String, WordCounts> added, Function<TermVectors, Relater> relater)
      throws IOException {
    if (in.readInt() != RelatedState.MAGIC || in.readInt() != RelatedState.FORMAT
        || in.readInt() != order.size() || in.readInt() != max) {
      return Optional.empty();
    }
    KeptStories.Words stated = RelatedState.readWords(in);
    if (stated == null) {
      return Optional.empty();
    }
    Words words = Words.of(stated.spellings(), stated.documents(), forgotten.values(),
        added.values());
    if (words == null) {
      return Optional.empty();
    }
    TermVectors vectors = TermVectors.empty(words.idf(Math.max(1, stories.size())),
        order.size());
    int[][] was = new int[order.size()][];
    List<Reach.Before> before = new ArrayList<>();
    int keptFound = 0;
    int addedFound = 0;
    int[] ids = new int[RelatedIndexBuilder.TERMS_PER_STORY];
    int[] counts = new int[RelatedIndexBuilder.TERMS_PER_STORY];
    for (int s = 0; s < order.size(); s++) {
      Story story = order.get(s);
      if (!in.readString(story.key()).equals(story.key())) {
        return Optional.empty(); // came, went or moved
      }
      boolean same = in.readString(story.section()).equals(story.section());
      int tags = in.readInt();
      same &= tags == story.tags().size();
      for (int t = 0; t < tags; t++) {
        same &= in.readString(t < story.tags().size() ? story.tags().get(t) : null)
            .equals(t < story.tags().size() ? story.tags().get(t) : null);
      }
      same &= in.readLong() == story.epochDay();
      int n = in.readInt();
      if (n < 0 || n > RelatedIndexBuilder.TERMS_PER_STORY) {
        return Optional.empty();
      }
      // Last time's vector, its terms numbered as today.
      int[] then = new int[n];
      float[] weights = new float[n];
      for (int k = 0; k < n; k++) {
        int packed = in.readInt();
        then[k] = words.now(StoryTerms.idOf(packed));
        counts[k] = StoryTerms.frequencyOf(packed);
        weights[k] = Float.intBitsToFloat(in.readInt());
      }
      StoryTerms terms = stories.get(story.key());
      if (terms == KeptStories.KEPT) {
        for (int k = 0; k < n; k++) {
          if (then[k] < 0 || counts[k] == 0) {
            return Optional.empty(); // a word of a kept story that no story has now
          }
        }
        vectors.set(s, then, counts, n);
        keptFound++;
      } else if (terms != null && terms.vocabulary() != null
          && forgotten.containsKey(story.key())) {
        vectorOfAdded(vectors, s, terms, words.spellings(), ids, counts);
        addedFound++;
      } else {
        return Optional.empty();
      }
      if (!(same && vectors.is(s, then, weights))) {
        before.add(new Reach.Before(s, then, weights, false));
      }
      int length = in.readInt();
      if (length < 0 || length > max) {
        return Optional.empty();
      }
      was[s] = new int[length];
      for (int i = 0; i < length; i++) {
        was[s][i] = in.readInt();
        if (was[s][i] < 0 || was[s][i] >= order.size()) {
          return Optional.empty();
        }
      }
    }
    int expected = in.checksum();
    if (in.readInt() != expected || keptFound != kept || addedFound != added.size()) {
      return Optional.empty();
    }
    BitSet changed = new BitSet(order.size());
    for (Reach.Before b : before) {
      changed.set(b.now());
    }
    int[][] lists = new int[order.size()][];
    for (int s = 0; s < lists.length; s++) {
      if (!changed.get(s)) {
        lists[s] = was[s];
      }
    }
    if (!before.isEmpty()) {
      Reach.forget(lists, changed, before, vectors, relater.apply(vectors));
    }
    return Optional.of(new Patched(vectors, words.spellings(), words.documents(), lists));
  }

  /** Sets story {@code s}'s vector from the terms counted for it, numbered by spelling. */
  private static void vectorOfAdded(TermVectors vectors, int s, StoryTerms terms,
      String[] spellings, int[] ids, int[] counts) {
    int n = terms.terms().length;
    long[] packed = new long[n];
    for (int k = 0; k < n; k++) {
      int id = Arrays.binarySearch(spellings, terms.vocabulary().spelling(terms.id(k)));
      packed[k] = ((long) id << 32) | k;
    }
    Arrays.sort(packed);
    for (int k = 0; k < n; k++) {
      ids[k] = (int) (packed[k] >>> 32);
      counts[k] = terms.frequency((int) packed[k]);
    }
    vectors.set(s, ids, counts, n);
  }

  /**
   * Today's words in spelling order, with how many stories have each, and where each of last
   * time's words is among them (-1 for a word no story has now).
   */
  private record Words(String[] spellings, int[] documents, int[] now) {
    int now(int earlier) {
      return now[earlier];
    }

    double[] idf(int stories) {
      double[] idf = new double[documents.length];
      for (int id = 0; id < idf.length; id++) {
        idf[id] = TermNumbering.idf(stories, documents[id]);
      }
      return idf;
    }

    /** Null if a word forgotten was not counted last time. */
    static Words of(String[] earlier, int[] documents, Iterable<WordCounts> forgotten,
        Iterable<WordCounts> added) {
      int[] counted = documents.clone();
      for (WordCounts words : forgotten) {
        for (int i = 0; i < words.size(); i++) {
          int d = Arrays.binarySearch(earlier, words.word(i));
          if (d < 0 || counted[d] <= 0) {
            return null;
          }
          counted[d]--;
        }
      }
      TreeMap<String, Integer> fresh = new TreeMap<>();
      for (WordCounts words : added) {
        for (int i = 0; i < words.size(); i++) {
          String word = words.word(i);
          int d = Arrays.binarySearch(earlier, word);
          if (d >= 0) {
            counted[d]++;
          } else {
            fresh.merge(word, 1, Integer::sum);
          }
        }
      }
      int size = fresh.size();
      for (int count : counted) {
        size += count > 0 ? 1 : 0;
      }
      if (size > StoryTerms.MAX_ID + 1) {
        return null;
      }
      // Last time's words that some story still has and the new ones, merged in order.
      String[] spellings = new String[size];
      int[] today = new int[size];
      int[] now = new int[earlier.length];
      var next = fresh.entrySet().iterator();
      Map.Entry<String, Integer> word = next.hasNext() ? next.next() : null;
      int id = 0;
      for (int d = 0; d < earlier.length; d++) {
        while (word != null && word.getKey().compareTo(earlier[d]) < 0) {
          spellings[id] = word.getKey();
          today[id++] = word.getValue();
          word = next.hasNext() ? next.next() : null;
        }
        now[d] = counted[d] > 0 ? id : -1;
        if (counted[d] > 0) {
          spellings[id] = earlier[d];
          today[id++] = counted[d];
        }
      }
      while (word != null) {
        spellings[id] = word.getKey();
        today[id++] = word.getValue();
        word = next.hasNext() ? next.next() : null;
      }
      return new Words(spellings, today, now);
    }
  }
}
