package dev.broadsheet.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A group's terms as {@link SearchState} keeps them, in term order: each term's UTF-8, its
 * entry (the postings its shard shows, with their levels) and all its postings in position
 * order, each part behind its length so that a term need not be read whole.
 */
final class TermGroup {
  private TermGroup() {}

  /** Writes a group's terms, one after another in term order. */
  static final class Writer {
    private final ByteSink out;
    private int terms;

    Writer() {
      this(1 << 12);
    }

    /**
     * A writer with room for {@code capacity} bytes before it grows: a group written again
     * from the last build's is about as long as that was, and one grown by doubling from a few
     * kilobytes copied itself over and over, 74 MB of arrays in a rebuild of 100,000 articles.
     */
    Writer(int capacity) {
      out = new ByteSink(Math.max(capacity, 16));
      out.putInt(0);
    }

    /** Adds a term read by {@link Reader}, as it was. */
    void copy(Reader from) {
      out.put(from.bytes, from.termStart, from.end - from.termStart);
      terms++;
    }

    /** Adds {@code term} with its entry and its postings, which are in position order. */
    void add(String term, ShardWriter.Entry entry, Spill.Postings p) {
      byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
      out.putShort(utf8.length).put(utf8, 0, utf8.length);
      int lengthAt = out.size();
      out.putInt(0).putInt(entry.df()).putInt((int) (entry.maxMilli() >>> 32))
          .putInt((int) entry.maxMilli()).putInt(entry.docs().length);
      int previous = 0;
      for (int i = 0; i < entry.docs().length; i++) {
        out.putVarint(entry.docs()[i] - previous).putByte(entry.levels()[i]);
        previous = entry.docs()[i];
      }
      out.setInt(lengthAt, out.size() - lengthAt - 4);
      lengthAt = out.size();
      out.putInt(0).putInt(p.size);
      previous = 0;
      for (int i = 0; i < p.size; i++) {
        // Counts are mostly a few in the body and none in the headline: a byte.
        out.putVarint(p.docs[i] - previous).putVarint(p.tfs[i]);
        previous = p.docs[i];
      }
      out.setInt(lengthAt, out.size() - lengthAt - 4);
      terms++;
    }

    byte[] toByteArray() {
      out.setInt(0, terms);
      return out.toByteArray();
    }
  }

  /** Reads a group's terms as {@link Writer} wrote them, one after another. */
  static final class Reader {
    private final byte[] bytes;
    private final ByteBuffer in;
    private int left;
    private int termStart;
    private int entryStart;
    private int postingsStart;
    private int end;
    private String term;

    Reader(byte[] bytes) {
      this.bytes = bytes;
      this.in = ByteBuffer.wrap(bytes);
      this.left = in.getInt();
    }

    /** Steps to the next term; false after the last. */
    boolean next() {
      if (left-- <= 0) {
        term = null;
        return false;
      }
      termStart = in.position();
      int length = in.getShort() & 0xffff;
      term = new String(bytes, termStart + 2, length, StandardCharsets.UTF_8);
      entryStart = termStart + 2 + length;
      postingsStart = entryStart + 4 + in.getInt(entryStart);
      end = postingsStart + 4 + in.getInt(postingsStart);
      in.position(end);
      return true;
    }

    /** The current term; null once past the last. */
    String term() {
      return term;
    }

    /** The current term's entry, not yet spelled ({@link ShardWriter.Entry#spelled}). */
    ShardWriter.Entry entry() {
      ByteBuffer e = ByteBuffer.wrap(bytes, entryStart + 4, postingsStart - entryStart - 4);
      int df = e.getInt();
      long maxMilli = (long) e.getInt() << 32 | (e.getInt() & 0xffffffffL);
      int[] docs = new int[e.getInt()];
      byte[] levels = new byte[docs.length];
      int doc = 0;
      for (int i = 0; i < docs.length; i++) {
        doc += varint(e);
        docs[i] = doc;
        levels[i] = e.get();
      }
      return new ShardWriter.Entry(term, df, maxMilli, docs, levels, null);
    }

    /**
     * The term's postings; each article's position is given to {@code remap}, and a posting it
     * maps to -1 is left out.
     */
    Spill.Postings postings(int[] remap) {
      ByteBuffer p = ByteBuffer.wrap(bytes, postingsStart + 4, end - postingsStart - 4);
      int n = p.getInt();
      Spill.Postings postings = new Spill.Postings(n);
      int doc = 0;
      for (; n > 0; n--) {
        doc += varint(p);
        int tf = varint(p);
        int now = remap == null ? doc : remap[doc];
        if (now >= 0) {
          postings.add(now, tf);
        }
      }
      return postings;
    }

    /**
     * Whether the term's postings are as they were but for the articles that changed, and
     * those changed nothing the postings hold: the postings {@code remap} drops (of articles
     * read afresh or gone) are exactly {@code fresh}, position for position and count for
     * count. Puts in {@code tfs} the counts of the articles at {@code docs} (ascending, as an
     * entry keeps them), and is false if one is missing. One pass over the bytes, nothing
     * decoded into arrays: a common word's postings are a hundred thousand.
     *
     * @param fresh the postings of the articles read afresh, each its position shifted 32 bits
     *              and its count, ascending
     */
    boolean sameBut(int[] remap, long[] fresh, int[] docs, int[] tfs) {
      int n = ByteBuffer.wrap(bytes, postingsStart + 4, 4).getInt();
      // The bytes read by hand, not through a buffer: in the quick compiler a buffer's checks
      // cost more than the numbers they read.
      byte[] b = bytes;
      int at = postingsStart + 8;
      int doc = 0;
      int f = 0;
      int d = 0;
      int tf = 0;
      for (; n > 0; n--) {
        // Two numbers a posting: the step from the last position, then the counts.
        for (int part = 0; part < 2; part++) {
          int value = 0;
          for (int shift = 0; ; shift += 7) {
            byte x = b[at++];
            value |= (x & 0x7f) << shift;
            if (x >= 0) {
              break;
            }
          }
          if (part == 0) {
            doc += value;
          } else {
            tf = value;
          }
        }
        if (remap[doc] != doc) {
          if (remap[doc] >= 0 || f == fresh.length
              || fresh[f] != ((long) doc << 32 | (tf & 0xffffffffL))) {
            return false;
          }
          f++;
        }
        if (d < docs.length && docs[d] == doc) {
          tfs[d++] = tf;
        }
      }
      return f == fresh.length && d == docs.length;
    }
  }

  /** A number as {@link ByteSink#putVarint} wrote it. */
  private static int varint(ByteBuffer in) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in.get();
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
