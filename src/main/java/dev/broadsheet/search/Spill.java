package dev.broadsheet.search;

import dev.broadsheet.scratch.ScratchFolders;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Temporary files that hold the postings while articles are added, so the build's memory does
 * not grow with the archive. Postings go to one of {@link #BUCKETS} files chosen by the term's
 * first two characters, so every term a shard could hold is in one bucket and {@code writeTo}
 * reads whole buckets, a few at once. Appends may come from many threads. A bucket file is a
 * run of records, one an article with terms in the bucket: its slot (4 bytes), the length of
 * its entries (4), and the entries as {@link TermCounts} holds them.
 */
final class Spill implements AutoCloseable {
  static final int BUCKETS = 64;
  /** The start of the temporary folder's name. */
  static final String FOLDER = "broadsheet-search-";

  private final Path dir;
  /** Deletes the folder if the JVM is stopped (Ctrl-C) before {@link #close}. */
  private final ScratchFolders.ShutdownDelete onShutdown;
  private final OutputStream[] buckets = new OutputStream[BUCKETS];
  /**
   * Each appending thread's records, a buffer a bucket, written to the bucket's file a buffer
   * at a time: an article has terms in most buckets, and a lock and two writes for each of its
   * records cost more than the rest of adding it.
   */
  private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(this::newBuffers);
  /** Every thread's buffers, for {@link #finishAppends}; guarded by itself. */
  private final List<Buffers> allBuffers = new ArrayList<>();
  /** Set once the appends have ended: a record buffered after that would be lost. */
  private volatile boolean finished;
  /** A bucket buffer's size; a record larger than it is written on its own. */
  static final int BUFFER = 1 << 14;

  /** One thread's records not yet written, by bucket. */
  private static final class Buffers {
    final byte[][] bytes = new byte[BUCKETS][];
    final int[] sizes = new int[BUCKETS];
  }

  private Buffers newBuffers() {
    Buffers b = new Buffers();
    synchronized (allBuffers) {
      allBuffers.add(b);
    }
    return b;
  }

  /** @param parent where to create the temporary folder, or null for the system's */
  Spill(Path parent) {
    try {
      Path where = ScratchFolders.parentOrSystem(parent);
      ScratchFolders.removeStale(where, FOLDER, Instant.now());
      dir = ScratchFolders.makePrivate(where, FOLDER);
      onShutdown = ScratchFolders.deleteOnShutdown(dir, () -> { });
      for (int i = 0; i < BUCKETS; i++) {
        buckets[i] = Files.newOutputStream(bucket(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the search index's temporary files", e);
    }
  }

  private Path bucket(int i) {
    return dir.resolve("postings-" + i);
  }

  /** By the first two characters (as the hash of that prefix would have it, with no copy). */
  static int bucketOf(String term) {
    return Math.floorMod(31 * term.charAt(0) + term.charAt(1), BUCKETS);
  }

  /** An index term with its UTF-8 form and bucket, worked out once for all its postings. */
  record Term(String text, byte[] utf8, int bucket) {
    Term(String text) {
      this(text, text.getBytes(StandardCharsets.UTF_8), bucketOf(text));
    }
  }

  /**
   * Appends one article's postings in {@code bucket}: {@code entries[start, start + length)},
   * entries as {@link TermCounts} holds them, copied as they are behind the slot and their
   * length. Safe to call from many threads.
   */
  void append(int bucket, int slot, byte[] entries, int start, int length) {
    if (finished) {
      throw new IllegalStateException("postings appended after the appends ended");
    }
    Buffers mine = buffers.get();
    byte[] buffer = mine.bytes[bucket];
    if (buffer == null) {
      buffer = mine.bytes[bucket] = new byte[BUFFER];
    }
    int at = mine.sizes[bucket];
    if (at + 8 + length > buffer.length) {
      write(bucket, buffer, at);
      at = 0;
      if (8 + length > buffer.length) {
        byte[] record = new byte[8 + length];
        putRecord(record, 0, slot, entries, start, length);
        write(bucket, record, record.length);
        mine.sizes[bucket] = 0;
        return;
      }
    }
    mine.sizes[bucket] = putRecord(buffer, at, slot, entries, start, length);
  }

  /** Puts a record at {@code at}; returns where it ends. */
  private static int putRecord(byte[] out, int at, int slot, byte[] entries, int start,
      int length) {
    putInt(out, at, slot);
    putInt(out, at + 4, length);
    System.arraycopy(entries, start, out, at + 8, length);
    return at + 8 + length;
  }

  private static void putInt(byte[] out, int at, int value) {
    out[at] = (byte) (value >>> 24);
    out[at + 1] = (byte) (value >>> 16);
    out[at + 2] = (byte) (value >>> 8);
    out[at + 3] = (byte) value;
  }

  /** Writes whole records, {@code records[0, length)}, to the bucket's file. */
  private void write(int bucket, byte[] records, int length) {
    synchronized (buckets[bucket]) {
      try {
        buckets[bucket].write(records, 0, length);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index's temporary files", e);
      }
    }
  }

  /**
   * Ends the appends, once every call to {@link #append} has returned: writes what every
   * thread's buffers hold, and closes the bucket files.
   */
  void finishAppends() {
    finished = true;
    synchronized (allBuffers) {
      for (Buffers b : allBuffers) {
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
          if (b.sizes[bucket] > 0) {
            write(bucket, b.bytes[bucket], b.sizes[bucket]);
            b.sizes[bucket] = 0;
          }
          // The pool's threads outlive the build; what they keep of it should be small.
          b.bytes[bucket] = null;
        }
      }
      allBuffers.clear();
    }
    for (OutputStream out : buckets) {
      synchronized (out) {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * The postings of one bucket, by term in order, each term's postings in any order, given to
   * {@code batch} a few groups at a time: the groups of terms sharing their first two
   * characters, in order, each batch's with about {@code maxPostings} postings at most (a group
   * with more on its own). A bucket holds a 64th of the postings, a hundred megabytes and more
   * for a million articles, and two buckets are read at once: so it is read a record at a time
   * rather than whole, and each term is kept once, on its own. A bucket small enough to hold no
   * more than a batch is read once; a larger one once to count each term's postings, then once a
   * batch, each term's postings in an array of the size counted.
   *
   * @param positions for each slot postings were appended under, its article's position, or -1
   *                  to leave its postings out; null when slots are positions
   */
  void readBucket(int b, int[] positions, long maxPostings,
      Consumer<Map<String, Postings>> batch) {
    try {
      // An entry is at least 9 bytes: bucket, length, two bytes of term, counts.
      if (Files.size(bucket(b)) / 9 <= maxPostings) {
        BucketTerms table = new BucketTerms();
        forEachEntry(b, positions, (w, term, length, doc, tf) ->
            table.postings(w, term, length).add(doc, tf));
        batch.accept(table.byTerm());
        return;
      }
      BucketTerms table = new BucketTerms();
      forEachEntry(b, positions, (w, term, length, doc, tf) -> table.count(w, term, length));
      int[] batchOf = table.batches(maxPostings);
      int batches = Arrays.stream(batchOf).max().orElse(-1) + 1;
      for (int k = 0; k < batches; k++) {
        int current = k;
        forEachEntry(b, positions, (w, term, length, doc, tf) -> {
          int slot = table.slot(w, term, length);
          if (batchOf[slot] == current) {
            table.exactPostings(slot).add(doc, tf);
          }
        });
        batch.accept(table.takeBatch(batchOf, current));
      }
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files",
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** Takes one posting: its term {@code w[term, term + length)}, its article and counts. */
  @FunctionalInterface
  private interface EntryVisitor {
    void visit(byte[] w, int term, int length, int doc, int tf);
  }

  /** Reads every entry of bucket {@code b} whose slot has a position. */
  private void forEachEntry(int b, int[] positions, EntryVisitor visitor) throws IOException {
    try (Records records = new Records(Files.newInputStream(bucket(b)))) {
      while (records.next()) {
        int doc = positions == null ? records.slot : positions[records.slot];
        if (doc < 0) {
          continue;
        }
        byte[] w = records.window;
        for (int p = records.start, end = p + records.length; p < end; ) {
          // Bucket (1, this one), length (2), UTF-8, counts (4).
          int termLength = (w[p + 1] & 0xff) << 8 | (w[p + 2] & 0xff);
          int term = p + 3;
          p = term + termLength + 4;
          visitor.visit(w, term, termLength, doc, intAt(w, p - 4));
        }
      }
    }
  }

  private static int intAt(byte[] bytes, int i) {
    return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8
        | (bytes[i + 3] & 0xff);
  }

  /**
   * A bucket file's records, read a window at a time and each parsed where it lies. Reading
   * numbers through a {@code DataInputStream} took a lock per byte, four for each of the
   * millions of lengths and slots in a large archive's buckets.
   */
  private static final class Records implements AutoCloseable {
    private final InputStream in;
    byte[] window = new byte[1 << 16];
    private int position;
    private int limit;
    /** The current record: its slot, and where its entries are in {@link #window}. */
    int slot;
    int start;
    int length;

    Records(InputStream in) {
      this.in = in;
    }

    /** Steps to the next record; false at the end of the file. */
    boolean next() throws IOException {
      position = start + length;
      if (!available(8)) {
        return false;
      }
      int entries = intAt(window, position + 4);
      if (entries < 0 || !available(8 + entries)) {
        throw new EOFException("a record cut short");
      }
      slot = intAt(window, position);
      start = position + 8;
      length = entries;
      return true;
    }

    /**
     * Makes {@code n} bytes from {@link #position} readable in the window, moving what is left
     * to its front and growing it if need be; false at the end of the file with none left.
     */
    private boolean available(int n) throws IOException {
      if (limit - position >= n) {
        return true;
      }
      int rest = limit - position;
      byte[] target = n > window.length ? new byte[Math.max(n, 2 * window.length)] : window;
      System.arraycopy(window, position, target, 0, rest);
      window = target;
      position = 0;
      start = 0;
      length = 0;
      limit = rest;
      while (limit < n) {
        int read = in.read(window, limit, window.length - limit);
        if (read < 0) {
          if (limit == 0) {
            return false;
          }
          throw new EOFException("a record cut short");
        }
        limit += read;
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Deletes the temporary files; safe to call more than once. */
  @Override
  public void close() {
    onShutdown.close();
    // A build that failed before the appends ended leaves the threads' buffers unwritten.
    synchronized (allBuffers) {
      for (Buffers b : allBuffers) {
        Arrays.fill(b.bytes, null);
      }
      allBuffers.clear();
    }
    try {
      for (OutputStream out : buckets) {
        synchronized (out) {
          out.close();
        }
      }
      if (Files.exists(dir)) {
        ScratchFolders.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the search index's temporary files", e);
    }
  }

  /** A term's postings as read back: article positions and term frequencies, unsorted. */
  static final class Postings {
    int size;
    int[] docs;
    int[] tfs;

    Postings() {
      this(4);
    }

    /** With room for {@code capacity} postings before it grows. */
    Postings(int capacity) {
      docs = new int[Math.max(1, capacity)];
      tfs = new int[Math.max(1, capacity)];
    }

    /** @param tf the term's count in the headline, shifted 16 bits, or its count in the body */
    void add(int doc, int tf) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        tfs = Arrays.copyOf(tfs, size * 2);
      }
      docs[size] = doc;
      tfs[size] = tf;
      size++;
    }
  }
}
