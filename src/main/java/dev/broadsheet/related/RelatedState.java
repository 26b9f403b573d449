package dev.broadsheet.related;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What relating an archive leaves for the next build: each story's key, boost inputs, term
 * vector and related list. With it, the next build relates again only the stories whose list an
 * edit can have changed, and takes the others' lists as they were.
 *
 * <p>Why that is exact. A story's list is a function of its own vector and boost inputs, the
 * postings of its query terms, whether each of its terms is had by two stories or more (a term
 * of one story is never queried), and its candidates' vectors and boost inputs. Let C be the
 * stories whose vector or boost inputs changed. Only a term some story of C has can have new
 * postings, and its capped list is as before unless a story of C is on it now, or would have
 * been before. Every candidate comes from a posting of a query term, so a story with a candidate
 * in C queries a term whose postings changed. A story outside C is therefore related again only
 * if it queries such a term or has a term that C made common or rare.
 *
 * <p>Stories that came or went are in C, and so are stories that changed places with others
 * (a new date): ties are broken by position, and only the stories that kept their order keep
 * their ties. Lists are carried over from last time's positions to today's.
 *
 * <p>It also holds every word with the number of stories that had it, and each story's terms
 * with their frequencies: the next build takes a story it finds unchanged from here
 * ({@link KeptStories}) instead of counting its words again.
 */
final class RelatedState {
  static final int MAGIC = 0x42535253;
  static final int FORMAT = 2;

  private RelatedState() {}

  /**
   * Writes what the next build needs; {@code target} is not closed.
   *
   * @param documents for each term id, how many stories have the word
   */
  static void write(OutputStream target, List<Story> order, TermVectors vectors,
      String[] spellings, int[] documents, int[][] lists, int max)
      throws IOException {
    StateOutput out = new StateOutput(target);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(order.size());
    out.writeInt(max);
    out.writeInt(spellings.length);
    for (int id = 0; id < spellings.length; id++) {
      out.writeString(spellings[id]);
      out.writeInt(documents[id]);
    }
    for (int s = 0; s < order.size(); s++) {
      Story story = order.get(s);
      out.writeString(story.key());
      out.writeString(story.section());
      out.writeInt(story.tags().size());
      for (String tag : story.tags()) {
        out.writeString(tag);
      }
      out.writeLong(story.epochDay());
      out.writeInt(vectors.end(s) - vectors.start(s));
      for (int k = vectors.start(s); k < vectors.end(s); k++) {
        out.writeInt(StoryTerms.packed(vectors.id(k), vectors.count(k)));
        out.writeInt(Float.floatToIntBits(vectors.weight(k)));
      }
      out.writeInt(lists[s].length);
      for (int r : lists[s]) {
        out.writeInt(r);
      }
    }
    out.writeInt(out.checksum());
    out.flush();
  }

  /**
   * Reads the words a state holds and how many stories had each, as {@link #write} wrote them;
   * null when they are out of spelling order or a count is not positive, as in a damaged state.
   */
  static KeptStories.Words readWords(StateInput in) throws IOException {
    String[] spellings = new String[in.readInt()];
    int[] documents = new int[spellings.length];
    for (int d = 0; d < spellings.length; d++) {
      spellings[d] = in.readString();
      documents[d] = in.readInt();
      if (documents[d] <= 0 || d > 0 && spellings[d - 1].compareTo(spellings[d]) >= 0) {
        return null;
      }
    }
    return new KeptStories.Words(spellings, documents);
  }

  /**
   * The previous build's lists, with {@code null} for each story to relate again; empty when
   * the state is damaged or was written with other settings.
   */
  static Optional<int[][]> reuse(InputStream source, List<Story> order, TermVectors vectors,
      String[] spellings, Supplier<Relater> relater, int max) {
    try {
      return read(source, order, vectors, spellings, relater, max);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The previous build's lists as they were, if it related exactly the stories of {@code order}
   * in that order, each with the section, tags and day it has now, for {@code max} related
   * stories; empty otherwise, or when the state is damaged. Stops reading at the first story
   * that differs.
   */
  static Optional<int[][]> listsIfSame(InputStream source, List<Story> order, int max) {
    try {
      StateInput in = new StateInput(source);
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != order.size()
          || in.readInt() != max) {
        return Optional.empty();
      }
      for (int d = in.readInt(); d > 0; d--) {
        in.skipString();
        in.readInt();
      }
      int[][] lists = new int[order.size()][];
      for (int s = 0; s < lists.length; s++) {
        Story story = order.get(s);
        if (!in.readString(story.key()).equals(story.key())
            || !in.readString(story.section()).equals(story.section())) {
          return Optional.empty();
        }
        int tags = in.readInt();
        if (tags != story.tags().size()) {
          return Optional.empty();
        }
        for (String tag : story.tags()) {
          if (!in.readString(tag).equals(tag)) {
            return Optional.empty();
          }
        }
        if (in.readLong() != story.epochDay()) {
          return Optional.empty();
        }
        int n = in.readInt();
        if (n < 0 || n > RelatedIndexBuilder.TERMS_PER_STORY) {
          return Optional.empty();
        }
        for (int k = 2 * n; k > 0; k--) {
          in.readInt();
        }
        int count = in.readInt();
        if (count < 0 || count > max) {
          return Optional.empty();
        }
        lists[s] = new int[count];
        for (int i = 0; i < count; i++) {
          lists[s][i] = in.readInt();
          if (lists[s][i] < 0 || lists[s][i] >= lists.length) {
            return Optional.empty();
          }
        }
      }
      int expected = in.checksum();
      return in.readInt() == expected ? Optional.of(lists) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<int[][]> read(InputStream source, List<Story> order,
      TermVectors vectors, String[] spellings, Supplier<Relater> relater, int max)
      throws IOException {
    StateInput in = new StateInput(source);
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      return Optional.empty();
    }
    int previous = in.readInt();
    if (previous < 0 || in.readInt() != max) {
      return Optional.empty();
    }
    int[] now = new int[in.readInt()];
    for (int d = 0; d < now.length; d++) {
      int id = Arrays.binarySearch(spellings, in.readString());
      now[d] = id < 0 ? -1 : id;
      in.readInt(); // how many stories had it: the first pass's business
    }
    Finder finder = new Finder(order);
    // Where each story of last time is now, or -1; its list, in last time's positions.
    int[] moves = new int[previous];
    int[][] was = new int[previous][];
    BitSet found = new BitSet(order.size());
    List<Reach.Before> before = new ArrayList<>();
    for (int o = 0; o < previous; o++) {
      int s = finder.find(in.readString(finder.likely()));
      Story story = s < 0 ? null : order.get(s);
      String section = in.readString(story == null ? null : story.section());
      List<String> tags = new ArrayList<>();
      for (int t = 0, n = in.readInt(); t < n; t++) {
        tags.add(in.readString(story != null && t < story.tags().size()
            ? story.tags().get(t) : null));
      }
      long day = in.readLong();
      boolean same = story != null && section.equals(story.section())
          && tags.equals(story.tags()) && day == story.epochDay();
      int n = in.readInt();
      if (n < 0 || n > RelatedIndexBuilder.TERMS_PER_STORY) {
        return Optional.empty();
      }
      int[] ids = new int[n];
      float[] weights = new float[n];
      for (int k = 0; k < n; k++) {
        ids[k] = now[StoryTerms.idOf(in.readInt())];
        weights[k] = Float.intBitsToFloat(in.readInt());
      }
      same &= s >= 0 && vectors.is(s, ids, weights);
      if (s >= 0 && found.get(s)) {
        return Optional.empty(); // two stories of last time under one key
      }
      moves[o] = s;
      if (s >= 0) {
        found.set(s);
      }
      if (!same) {
        before.add(new Reach.Before(s, ids, weights, s < 0));
      }
      int count = in.readInt();
      if (count < 0 || count > max) {
        return Optional.empty();
      }
      was[o] = new int[count];
      for (int i = 0; i < count; i++) {
        was[o][i] = in.readInt();
      }
    }
    int expected = in.checksum();
    if (in.readInt() != expected) {
      return Optional.empty();
    }
    // The stories of C, by position now.
    BitSet changed = new BitSet(order.size());
    BitSet stayed = inOrder(moves);
    for (int i = 0; i < before.size(); i++) {
      Reach.Before b = before.get(i);
      if (b.now() >= 0) {
        changed.set(b.now());
        if (!stayed.get(b.now())) {
          before.set(i, new Reach.Before(b.now(), b.ids(), b.weights(), true));
        }
      }
    }
    for (int s = 0; s < order.size(); s++) {
      if (!found.get(s)) {
        before.add(new Reach.Before(s, null, null, false));
        changed.set(s);
      } else if (!stayed.get(s) && !changed.get(s)) {
        // Moved but otherwise as it was: its vector last time is its vector now.
        before.add(new Reach.Before(s, vectors.ids(s), vectors.weights(s), true));
        changed.set(s);
      }
    }
    int[][] lists = new int[order.size()][];
    for (int o = 0; o < previous; o++) {
      if (moves[o] >= 0 && !changed.get(moves[o])) {
        lists[moves[o]] = moved(was[o], moves);
      }
    }
    if (!before.isEmpty()) {
      Reach.forget(lists, changed, before, vectors, relater.get());
    }
    return Optional.of(lists);
  }

  /**
   * Finds last time's stories in today's order. Most are where the one before was found, a
   * step on, or near there, so a map of every key (tens of megabytes for a million stories) is
   * made only for a story not found nearby: one that went, or moved far.
   */
  private static final class Finder {
    private static final int NEAR = 16;
    private final List<Story> order;
    private Map<String, Integer> positions;
    private int next;

    Finder(List<Story> order) {
      this.order = order;
    }

    /** The key of the story most likely next, where the last one found was, or null. */
    String likely() {
      return next < order.size() ? order.get(next).key() : null;
    }

    /** The position of the story with {@code key} today, or -1 if it is gone. */
    int find(String key) {
      for (int d = 0; d <= NEAR; d++) {
        for (int s : new int[] {next + d, next - d}) {
          if (s >= 0 && s < order.size() && order.get(s).key().equals(key)) {
            next = s + 1;
            return s;
          }
        }
      }
      if (positions == null) {
        positions = new HashMap<>(2 * order.size());
        for (int s = 0; s < order.size(); s++) {
          positions.put(order.get(s).key(), s);
        }
      }
      Integer at = positions.get(key);
      if (at != null) {
        next = at + 1;
      }
      return at == null ? -1 : at;
    }
  }

  /** A list of last time's positions as positions now; null if one of them is gone. */
  private static int[] moved(int[] list, int[] moves) {
    int[] now = new int[list.length];
    for (int i = 0; i < list.length; i++) {
      if (list[i] < 0 || list[i] >= moves.length || moves[list[i]] < 0) {
        return null;
      }
      now[i] = moves[list[i]];
    }
    return now;
  }

  /**
   * The positions now of a largest set of stories of last time that are in the same order
   * now: a longest increasing subsequence of {@code moves}. The others moved past them.
   */
  private static BitSet inOrder(int[] moves) {
    int[] tails = new int[moves.length];
    int[] tailAt = new int[moves.length];
    int[] before = new int[moves.length];
    int length = 0;
    for (int o = 0; o < moves.length; o++) {
      if (moves[o] < 0) {
        continue;
      }
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tails[mid] < moves[o]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      tails[lo] = moves[o];
      tailAt[lo] = o;
      before[o] = lo > 0 ? tailAt[lo - 1] : -1;
      length = Math.max(length, lo + 1);
    }
    BitSet stayed = new BitSet();
    for (int o = length > 0 ? tailAt[length - 1] : -1; o >= 0; o = before[o]) {
      stayed.set(moves[o]);
    }
    return stayed;
  }
}
