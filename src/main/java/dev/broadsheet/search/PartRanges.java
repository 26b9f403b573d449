package dev.broadsheet.search;

import dev.broadsheet.scratch.ScratchFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Fragment parts that wait on disk ({@link FragmentGroups}), each in the file of its range of
 * ids, and read back a range at a time, each file whole.
 *
 * <p>Why ranges: a million articles' pages are written in the order of the cache's log, in which
 * a fragment's four articles are far apart, so their parts wait for one another on disk. Kept in
 * one file, each was read back at its own place when its group was made: in a wall-clock profile
 * of the million, the threads writing the article pages spent 37 s reading them, 6 s of it on the
 * CPU. Sorted into files by id as they come, the parts of a range are read in one sequential
 * read, and the fragments are made range by range.
 *
 * <p>Thread-safe: each range is written under its own lock; at most {@link #LOADED} ranges are
 * held in memory once read, the latest read.
 */
final class PartRanges implements AutoCloseable {
  /** A range's parts waiting to be written; flushed to its file when full. */
  static final int BUFFER = 32 << 10;
  /** Ranges kept in memory once read: enough for the threads making fragments in order. */
  static final int LOADED = 4;
  /** A record's head: the id and the part's length. */
  private static final int HEAD = 8;

  /** A range: its file, opened at its first write, and the parts not yet in it. */
  private static final class Range {
    final int number;
    FileChannel file;
    byte[] buffer;
    int buffered;
    /** Whether it was read back since its last part came: then it may be among the loaded. */
    boolean read;

    Range(int number) {
      this.number = number;
    }
  }

  /**
   * A range read back, its ids from {@code first}: each part's place in {@code bytes}, by id
   * from the first.
   */
  record Loaded(int range, int first, byte[] bytes, int[] starts, int[] lengths) {
    /** The part of {@code id}, one of the range's, or null if none was put. */
    byte[] part(int id) {
      int k = id - first;
      if (lengths[k] < 0) {
        return null;
      }
      byte[] part = new byte[lengths[k]];
      System.arraycopy(bytes, starts[k], part, 0, part.length);
      return part;
    }
  }

  private final Path folder;
  private final ScratchFolders.ShutdownDelete onShutdown;
  private final int idsPerRange;
  private final Range[] ranges;
  /** The ranges read back, latest last; guarded by itself. */
  private final ArrayDeque<Loaded> loaded = new ArrayDeque<>();

  /**
   * Ranges of {@code idsPerRange} ids, of {@code ids} in all, in a new private folder under
   * {@code parent}, whose name starts {@code prefix}.
   */
  PartRanges(Path parent, String prefix, int ids, int idsPerRange) throws IOException {
    this.idsPerRange = idsPerRange;
    this.ranges = new Range[(ids + idsPerRange - 1) / idsPerRange];
    for (int r = 0; r < ranges.length; r++) {
      ranges[r] = new Range(r);
    }
    folder = ScratchFolders.makePrivate(parent, prefix);
    onShutdown = ScratchFolders.deleteOnShutdown(folder, () -> { });
  }

  /** The range of {@code id}. */
  int range(int id) {
    return id / idsPerRange;
  }

  /** Puts the part of {@code id}, once; called from many threads at once. */
  void put(int id, byte[] part) {
    Range r = ranges[range(id)];
    synchronized (r) {
      if (r.read) {
        // A part after the range was read back: what was read lacks it.
        r.read = false;
        synchronized (loaded) {
          loaded.removeIf(l -> l.range() == r.number);
        }
      }
      try {
        if (r.buffer == null) {
          r.buffer = new byte[BUFFER];
        }
        if (r.buffered + HEAD + part.length > BUFFER) {
          write(r, r.buffer, r.buffered);
          r.buffered = 0;
        }
        if (HEAD + part.length > BUFFER) {
          byte[] record = new byte[HEAD + part.length];
          putRecord(record, 0, id, part);
          write(r, record, record.length);
        } else {
          r.buffered = putRecord(r.buffer, r.buffered, id, part);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index's temporary files", e);
      }
    }
  }

  /**
   * The parts of {@code range}: read from its file, whole, unless it is among the last read.
   * Its file is left as it is, should it be asked for again.
   */
  Loaded read(int range) {
    synchronized (loaded) {
      for (Loaded l : loaded) {
        if (l.range() == range) {
          return l;
        }
      }
    }
    Range r = ranges[range];
    // Under the range's lock, so that a part put meanwhile finds what is read among the loaded.
    synchronized (r) {
      Loaded l = load(r);
      r.read = true;
      synchronized (loaded) {
        loaded.addLast(l);
        if (loaded.size() > LOADED) {
          loaded.removeFirst();
        }
      }
      return l;
    }
  }

  /** Reads the parts of {@code r}, whose lock the caller holds. */
  private Loaded load(Range r) {
    int first = r.number * idsPerRange;
    int[] starts = new int[idsPerRange];
    int[] lengths = new int[idsPerRange];
    Arrays.fill(lengths, -1);
    byte[] bytes;
    try {
      if (r.buffered > 0) {
        write(r, r.buffer, r.buffered);
        r.buffered = 0;
      }
      r.buffer = null;
      if (r.file == null) {
        return new Loaded(r.number, first, new byte[0], starts, lengths);
      }
      long size = r.file.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException("a range of parts over 2 GB");
      }
      ByteBuffer in = ByteBuffer.allocate((int) size);
      while (in.hasRemaining()) {
        if (r.file.read(in, in.position()) < 0) {
          throw new IOException("the temporary file ends early");
        }
      }
      bytes = in.array();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files", e);
    }
    ByteBuffer records = ByteBuffer.wrap(bytes);
    while (records.remaining() >= HEAD) {
      int k = records.getInt() - first;
      int length = records.getInt();
      starts[k] = records.position();
      lengths[k] = length;
      records.position(records.position() + length);
    }
    return new Loaded(r.number, first, bytes, starts, lengths);
  }

  /** Appends {@code bytes[0, length)} to the file of {@code r}. */
  private void write(Range r, byte[] bytes, int length) throws IOException {
    if (r.file == null) {
      r.file = FileChannel.open(folder.resolve("parts-" + r.number),
          StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
    ByteBuffer from = ByteBuffer.wrap(bytes, 0, length);
    while (from.hasRemaining()) {
      r.file.write(from);
    }
  }

  /** Puts a record at {@code at}: id, length and the part; returns where it ends. */
  private static int putRecord(byte[] out, int at, int id, byte[] part) {
    ByteBuffer.wrap(out, at, HEAD).putInt(id).putInt(part.length);
    System.arraycopy(part, 0, out, at + HEAD, part.length);
    return at + HEAD + part.length;
  }

  /** Closes the files and deletes the folder. */
  @Override
  public void close() {
    try {
      for (Range r : ranges) {
        synchronized (r) {
          if (r.file != null) {
            r.file.close();
            r.file = null;
          }
          r.buffer = null;
        }
      }
      ScratchFolders.delete(folder);
    } catch (IOException e) {
      // Left for a later build's removeStale.
    } finally {
      synchronized (loaded) {
        loaded.clear();
      }
      onShutdown.close();
    }
  }
}
