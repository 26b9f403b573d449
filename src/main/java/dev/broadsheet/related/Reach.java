package dev.broadsheet.related;

import java.util.BitSet;
import java.util.List;

/**
 * Which stories an edit reaches: given the stories of C (see {@link RelatedState}), the stories
 * whose related lists may differ from last time's.
 */
final class Reach {
  private Reach() {}

  /**
   * A story of C. {@code now}: its position now, or -1 when it is gone. {@code ids} and
   * {@code weights}: its vector last time, with term ids as they are now (-1 for a term gone),
   * or null when it is new. {@code moved}: it changed places with stories that stayed, so
   * whether it was on a term's list last time cannot be told from the order now.
   */
  record Before(int now, int[] ids, float[] weights, boolean moved) {}

  /** Sets to {@code null} the list of every story an edit of the stories of C can change. */
  static void forget(int[][] lists, BitSet changed, List<Before> before,
      TermVectors vectors, Relater relater) {
    InvertedIndex index = relater.index();
    BitSet postingsChanged = new BitSet(vectors.terms());
    // How many more stories of C have each term now than before.
    int[] gained = new int[vectors.terms()];
    for (Before b : before) {
      if (b.now() >= 0) {
        for (int id : vectors.ids(b.now())) {
          gained[id]++;
          // A story of C on a term's list now: the list may differ from the last one.
          for (int p = index.start(id); p < index.end(id); p++) {
            if (index.story(p) == b.now()) {
              postingsChanged.set(id);
              break;
            }
          }
        }
      }
      if (b.ids() != null) {
        for (int id : b.ids()) {
          if (id >= 0) {
            gained[id]--;
          }
        }
      }
    }
    for (Before b : before) {
      for (int k = 0; b.ids() != null && k < b.ids().length; k++) {
        int id = b.ids()[k];
        if (id < 0 || postingsChanged.get(id)) {
          continue;
        }
        int start = index.start(id);
        int end = index.end(id);
        // A list with room for every story would have had it; a full one, if it beat the last.
        if (end - start < Relater.POSTINGS_PER_TERM || beatsLast(b, k, index, end - 1)) {
          postingsChanged.set(id);
        }
      }
    }
    BitSet rarityChanged = new BitSet(vectors.terms());
    for (int id = postingsChanged.nextSetBit(0); id >= 0;
        id = postingsChanged.nextSetBit(id + 1)) {
      int documents = index.documents(id);
      if ((documents >= 2) != (documents - gained[id] >= 2)) {
        rarityChanged.set(id);
      }
    }
    for (int s = 0; s < lists.length; s++) {
      if (lists[s] != null && (changed.get(s) || touches(vectors, s, rarityChanged)
          || touches(vectors, s, postingsChanged)
          && touches(relater.queryTerms(s), postingsChanged))) {
        lists[s] = null;
      }
    }
  }

  /**
   * Whether the story of C, as it was, would be on a full list whose last posting now is
   * {@code last}. That posting is a story outside C (a story of C on the list changed it
   * already), which kept its weight. Ties are broken by position, and a story that moved or
   * went has no position that tells how it stood among the others last time: it is taken to
   * beat the last posting unless its weight was lower. A story that went is so judged, rather
   * than taken to have been on every list of its terms: deleting one story of a hundred
   * thousand then relates afresh only the stories it could have been a candidate of.
   */
  private static boolean beatsLast(Before b, int k, InvertedIndex index, int last) {
    float weight = b.weights()[k];
    if (b.moved()) {
      return Float.compare(weight, index.weight(last)) >= 0;
    }
    return InvertedIndex.order(weight, b.now()) < index.order(last);
  }

  private static boolean touches(TermVectors vectors, int s, BitSet terms) {
    for (int k = vectors.start(s); k < vectors.end(s); k++) {
      if (terms.get(vectors.id(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean touches(int[] ids, BitSet terms) {
    for (int id : ids) {
      if (terms.get(id)) {
        return true;
      }
    }
    return false;
  }
}
