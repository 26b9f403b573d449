package dev.broadsheet.related;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

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
 * if it queries such a term or has a term that C made common or rare. An archive whose stories
 * moved, came or went is related again from scratch: its term weights all change.
 */
final class RelatedState {
  private static final int MAGIC = 0x42535253;
  private static final int FORMAT = 1;
  /** Longer strings are not written by this class, so longer lengths mean a damaged file. */
  private static final int MAX_STRING = 1 << 24;

  private RelatedState() {}

  /** Writes what the next build needs; {@code target} is not closed. */
  static void write(OutputStream target, List<Story> order, TermVectors vectors,
      String[] spellings, int[][] lists, int max) throws IOException {
    CheckedOutputStream checked = new CheckedOutputStream(
        new BufferedOutputStream(target, 1 << 16), new CRC32());
    DataOutputStream out = new DataOutputStream(checked);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(order.size());
    out.writeInt(max);
    // Only the terms some vector has, numbered in spelling order like the ids.
    int[] dictionary = new int[vectors.terms()];
    Arrays.fill(dictionary, -1);
    for (int[] ids : vectors.ids()) {
      for (int id : ids) {
        dictionary[id] = 0;
      }
    }
    int used = 0;
    for (int id = 0; id < dictionary.length; id++) {
      if (dictionary[id] == 0) {
        dictionary[id] = used++;
      }
    }
    out.writeInt(used);
    for (int id = 0; id < dictionary.length; id++) {
      if (dictionary[id] >= 0) {
        writeString(out, spellings[id]);
      }
    }
    for (int s = 0; s < order.size(); s++) {
      Story story = order.get(s);
      writeString(out, story.key());
      writeString(out, story.section());
      out.writeInt(story.tags().size());
      for (String tag : story.tags()) {
        writeString(out, tag);
      }
      out.writeLong(story.epochDay());
      int[] ids = vectors.ids()[s];
      out.writeInt(ids.length);
      for (int k = 0; k < ids.length; k++) {
        out.writeInt(dictionary[ids[k]]);
        out.writeInt(Float.floatToIntBits(vectors.weights()[s][k]));
      }
      out.writeInt(lists[s].length);
      for (int r : lists[s]) {
        out.writeInt(r);
      }
    }
    out.flush();
    out.writeInt((int) checked.getChecksum().getValue());
    out.flush();
  }

  /**
   * The previous build's lists, with {@code null} for each story to relate again; empty when
   * the state is damaged or the archive's stories are not the same stories in the same order.
   */
  static Optional<int[][]> reuse(InputStream source, List<Story> order, TermVectors vectors,
      String[] spellings, Relater relater, int max) {
    try {
      return read(source, order, vectors, spellings, relater, max);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A story of C as it was last time: its term ids as they are now (-1 for gone), weights. */
  private record Before(int story, int[] ids, float[] weights) {}

  private static Optional<int[][]> read(InputStream source, List<Story> order,
      TermVectors vectors, String[] spellings, Relater relater, int max) throws IOException {
    CheckedInputStream checked = new CheckedInputStream(
        new BufferedInputStream(source, 1 << 16), new CRC32());
    DataInputStream in = new DataInputStream(checked);
    if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != order.size()
        || in.readInt() != max) {
      return Optional.empty();
    }
    int[] now = new int[in.readInt()];
    for (int d = 0; d < now.length; d++) {
      int id = Arrays.binarySearch(spellings, readString(in));
      now[d] = id < 0 ? -1 : id;
    }
    int[][] lists = new int[order.size()][];
    BitSet changed = new BitSet(order.size());
    List<Before> before = new ArrayList<>();
    for (int s = 0; s < order.size(); s++) {
      Story story = order.get(s);
      if (!readString(in).equals(story.key())) {
        return Optional.empty();
      }
      boolean same = readString(in).equals(story.section());
      int tags = in.readInt();
      if (tags != story.tags().size()) {
        same = false;
      }
      for (int t = 0; t < tags; t++) {
        String tag = readString(in);
        same &= t < story.tags().size() && tag.equals(story.tags().get(t));
      }
      same &= in.readLong() == story.epochDay();
      int n = in.readInt();
      if (n < 0 || n > RelatedIndexBuilder.TERMS_PER_STORY) {
        return Optional.empty();
      }
      int[] ids = new int[n];
      float[] weights = new float[n];
      for (int k = 0; k < n; k++) {
        ids[k] = now[in.readInt()];
        weights[k] = Float.intBitsToFloat(in.readInt());
      }
      same &= Arrays.equals(ids, vectors.ids()[s])
          && Arrays.equals(weights, vectors.weights()[s]);
      if (!same) {
        changed.set(s);
        before.add(new Before(s, ids, weights));
      }
      int count = in.readInt();
      if (count < 0 || count > max) {
        return Optional.empty();
      }
      lists[s] = new int[count];
      for (int i = 0; i < count; i++) {
        lists[s][i] = in.readInt();
      }
    }
    int expected = (int) checked.getChecksum().getValue();
    if (in.readInt() != expected) {
      return Optional.empty();
    }
    if (!changed.isEmpty()) {
      forget(lists, changed, before, vectors, relater);
    }
    return Optional.of(lists);
  }

  /** Sets to {@code null} the list of every story an edit of the stories of C can change. */
  private static void forget(int[][] lists, BitSet changed, List<Before> before,
      TermVectors vectors, Relater relater) {
    InvertedIndex index = relater.index();
    BitSet postingsChanged = new BitSet(vectors.terms());
    // How many more stories of C have each term now than before.
    int[] gained = new int[vectors.terms()];
    for (Before b : before) {
      for (int id : vectors.ids()[b.story()]) {
        gained[id]++;
        // A story of C on a term's list now: the list may differ from the last one.
        for (int p = index.start(id); p < index.end(id); p++) {
          if (index.story(p) == b.story()) {
            postingsChanged.set(id);
          }
        }
      }
      for (int id : b.ids()) {
        if (id >= 0) {
          gained[id]--;
        }
      }
    }
    for (Before b : before) {
      for (int k = 0; k < b.ids().length; k++) {
        int id = b.ids()[k];
        if (id < 0 || postingsChanged.get(id)) {
          continue;
        }
        int start = index.start(id);
        int end = index.end(id);
        // A list with room for every story would have had it; a full one, if it beat the last.
        if (end - start < Relater.POSTINGS_PER_TERM
            || InvertedIndex.order(b.weights()[k], b.story()) < index.order(end - 1)) {
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
      if (changed.get(s) || touches(vectors.ids()[s], rarityChanged)
          || touches(vectors.ids()[s], postingsChanged)
          && touches(relater.queryTerms(s), postingsChanged)) {
        lists[s] = null;
      }
    }
  }

  private static boolean touches(int[] ids, BitSet terms) {
    for (int id : ids) {
      if (terms.get(id)) {
        return true;
      }
    }
    return false;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("damaged string length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
