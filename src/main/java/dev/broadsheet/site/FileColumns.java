package dev.broadsheet.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The columns of a {@link FileTable}, a page at a time and out of the Java heap: every path's
 * UTF-8 in pages of 256 KB, and each file's numbers in pages of {@link #FILES} files.
 *
 * <p>A million-article site has over two million files, some 230 MB of table, and a rebuild
 * holds two tables, the last build's and its own. In the heap, beside every article's metadata,
 * they were a fifth of what a million-article build needed at its fullest. Off it, in direct
 * buffers, they take the process's memory but not the heap's, which a collector must keep room
 * in. In one array each the table also grew by copying itself; pages are never copied but the
 * first, while it is small.
 */
final class FileColumns {
  /** The longest path a table holds, in bytes: a page's worth. No file system comes near. */
  static final int MAX_PATH = 1 << 18;
  private static final int FILE_BITS = 14;
  /** Files a page of numbers holds. */
  static final int FILES = 1 << FILE_BITS;
  private static final int FILE_MASK = FILES - 1;
  /** Where a path ends: its page shifted by this, and the offset within it below. */
  private static final int OFFSET_BITS = 19;
  private static final int OFFSET_MASK = (1 << OFFSET_BITS) - 1;
  /** Pages of paths an end can name, the sign bit included: two gigabytes of paths. */
  private static final int MAX_PATH_PAGES = 1 << (32 - OFFSET_BITS);
  /** What the last page of each kind starts at, doubling until full. */
  private static final int FIRST_PATHS = 1 << 12;
  private static final int FIRST_FILES = 1 << 6;
  /**
   * A file's numbers: where its path ends (page and offset, {@link #OFFSET_BITS}); the index
   * in the base table of the file whose path it has, or -1 when its path is in these pages; its
   * size; its time; its key ({@link PageKeys#KEY_BYTES} bytes, zero for none); the hash of
   * its path, so that finding a path reads one path of the table, not every one it passes.
   */
  private static final int END = 0;
  private static final int IN_BASE = 4;
  private static final int SIZE = 8;
  private static final int MODIFIED = 16;
  private static final int KEY = 24;
  private static final int HASH = KEY + PageKeys.KEY_BYTES;
  static final int RECORD = HASH + 4;

  int files;
  /** Whether the pages are another's (a file's, mapped): read, never added to. */
  private final boolean fixed;
  private ByteBuffer[] paths = new ByteBuffer[1];
  /** How many path pages there are; the last is being filled. */
  private int pathPages;
  private ByteBuffer[] records = new ByteBuffer[1];
  private final BitSet keyed;

  FileColumns() {
    this.fixed = false;
    this.keyed = new BitSet();
  }

  /**
   * The {@code files} files whose paths and records are in the pages {@link Pages} laid out:
   * {@code paths}, {@code records} (each of {@link #FILES} files but the last), and which of
   * them have a key. The pages are taken as they are, not copied, and never added to.
   */
  FileColumns(ByteBuffer[] paths, ByteBuffer[] records, BitSet keyed, int files) {
    if (records.length != (files + FILES - 1) / FILES || paths.length > MAX_PATH_PAGES) {
      throw new IllegalArgumentException(records.length + " pages for " + files + " files");
    }
    for (int page = 0; page < records.length; page++) {
      int expected = Math.min(FILES, files - page * FILES) * RECORD;
      if (records[page].capacity() != expected) {
        throw new IllegalArgumentException("a page of " + records[page].capacity() + " bytes");
      }
    }
    this.fixed = true;
    this.paths = paths;
    this.pathPages = paths.length;
    this.records = records;
    this.keyed = keyed;
    this.files = files;
    for (int file = 0; file < files; file++) {
      int end = end(file);
      int page = end >>> OFFSET_BITS;
      if (end < 0 || page >= pathPages || (end & OFFSET_MASK) > paths[page].capacity()
          || from(file) > (end & OFFSET_MASK) || inBase(file) != -1) {
        throw new IllegalArgumentException("file " + file + " is not in its pages");
      }
    }
  }

  /**
   * Adds a path given as a slice of UTF-8 bytes, or as the index of a file of the base (with an
   * empty slice), with its hash, and a key as a slice, or null. One thread at a time.
   */
  void append(byte[] path, int from, int to, int baseFile, int hash, long size, long time,
      byte[] key, int keyFrom) {
    int length = to - from;
    checkOpen();
    if (length > MAX_PATH) {
      throw new IllegalArgumentException("a path of " + length + " bytes");
    }
    int file = files;
    int at = at(file);
    ByteBuffer r = nextRecord();
    r.putInt(at + END, placePath(path, from, length));
    r.putInt(at + IN_BASE, baseFile);
    r.putLong(at + SIZE, size);
    r.putLong(at + MODIFIED, time);
    r.putInt(at + HASH, hash);
    if (key != null) {
      r.put(at + KEY, key, keyFrom, PageKeys.KEY_BYTES);
      keyed.set(file);
    }
    files++;
  }

  /**
   * Adds the file {@code baseFile} of {@code base} as it is there, its path named by that
   * index, its key copied record to record: a rebuild keeps some 200,000 files so, on one
   * thread, and a key copied out of a direct buffer into an array and back cost more than the
   * rest of keeping the file.
   */
  void appendKept(FileColumns base, int baseFile) {
    checkOpen();
    int file = files;
    int at = at(file);
    ByteBuffer r = nextRecord();
    ByteBuffer from = base.record(baseFile);
    int fromAt = at(baseFile);
    r.putInt(at + END, placePath(null, 0, 0));
    r.putInt(at + IN_BASE, baseFile);
    r.putLong(at + SIZE, from.getLong(fromAt + SIZE));
    r.putLong(at + MODIFIED, from.getLong(fromAt + MODIFIED));
    r.putInt(at + HASH, from.getInt(fromAt + HASH));
    if (base.keyed.get(baseFile)) {
      // Eight bytes at a time: a key is a whole number of longs.
      for (int k = 0; k < PageKeys.KEY_BYTES; k += Long.BYTES) {
        r.putLong(at + KEY + k, from.getLong(fromAt + KEY + k));
      }
      keyed.set(file);
    }
    files++;
  }

  private void checkOpen() {
    if (fixed) {
      throw new IllegalStateException("the pages are another's, not to be added to");
    }
  }

  /** The page for the next file's record, with room for it. */
  private ByteBuffer nextRecord() {
    int page = files >>> FILE_BITS;
    int at = at(files);
    if (page == records.length) {
      records = Arrays.copyOf(records, 2 * page);
    }
    if (records[page] == null || at == records[page].capacity()) {
      // A table past its first page is a large one: later pages start whole, not to be copied
      // eight times over as they fill.
      int room = records[page] == null ? (page == 0 ? FIRST_FILES : FILES) * RECORD
          : 2 * records[page].capacity();
      records[page] = grown(records[page], room);
    }
    return records[page];
  }

  /** A direct buffer of {@code room} bytes holding what {@code page} holds, if not null. */
  private static ByteBuffer grown(ByteBuffer page, int room) {
    ByteBuffer bigger = ByteBuffer.allocateDirect(room);
    if (page != null) {
      bigger.put(0, page, 0, page.capacity());
    }
    return bigger;
  }

  /** Copies a path into the last page, or a new one if it does not fit; returns its end. */
  private int placePath(byte[] path, int from, int length) {
    int page = pathPages - 1;
    int start = files == 0 ? 0 : end(files - 1);
    if (page < 0 || (start & OFFSET_MASK) + length > MAX_PATH) {
      // A new page: the path does not fit in what is left of the last one.
      page++;
      if (page == MAX_PATH_PAGES) {
        throw new IllegalStateException("over " + MAX_PATH_PAGES / 4 + " MB of paths");
      }
      if (page == paths.length) {
        paths = Arrays.copyOf(paths, 2 * page);
      }
      paths[page] = ByteBuffer.allocateDirect(page > 0 ? MAX_PATH : Math.min(MAX_PATH,
          Math.max(FIRST_PATHS, Integer.highestOneBit(Math.max(1, length)) * 2)));
      pathPages = page + 1;
      start = page << OFFSET_BITS;
    }
    int offset = start & OFFSET_MASK;
    if (offset + length > paths[page].capacity()) {
      paths[page] = grown(paths[page],
          Math.min(MAX_PATH, Math.max(offset + length, 2 * paths[page].capacity())));
    }
    if (length > 0) {
      paths[page].put(offset, path, from, length);
    }
    return start + length;
  }

  private ByteBuffer record(int file) {
    return records[file >>> FILE_BITS];
  }

  private static int at(int file) {
    return (file & FILE_MASK) * RECORD;
  }

  private int end(int file) {
    return record(file).getInt(at(file) + END);
  }

  /** The page that holds the path of {@code file}, from {@link #from} to {@link #to}. */
  ByteBuffer pathPage(int file) {
    return paths[end(file) >>> OFFSET_BITS];
  }

  int from(int file) {
    int end = end(file);
    if (file > 0) {
      int before = end(file - 1);
      if ((before >>> OFFSET_BITS) == (end >>> OFFSET_BITS)) {
        return before & OFFSET_MASK;
      }
    }
    return 0;
  }

  int to(int file) {
    return end(file) & OFFSET_MASK;
  }

  /** The base's index of the file whose path {@code file} has, or -1. */
  int inBase(int file) {
    return record(file).getInt(at(file) + IN_BASE);
  }

  /** The hash of the path of {@code file}, as given. */
  int hash(int file) {
    return record(file).getInt(at(file) + HASH);
  }

  long size(int file) {
    return record(file).getLong(at(file) + SIZE);
  }

  long modified(int file) {
    return record(file).getLong(at(file) + MODIFIED);
  }

  boolean keyed(int file) {
    return keyed.get(file);
  }

  /** Copies the key of {@code file} into {@code to}, {@link PageKeys#KEY_BYTES} bytes. */
  void key(int file, byte[] to) {
    record(file).get(at(file) + KEY, to, 0, PageKeys.KEY_BYTES);
  }

  /** Whether the file was made from inputs fingerprinted by {@code key}. */
  boolean hasKey(int file, String key) {
    if (!keyed.get(file) || key.length() != PageKeys.KEY_BYTES) {
      return false;
    }
    for (int i = 0; i < PageKeys.KEY_BYTES; i++) {
      if (key.charAt(i) > 0xff) {
        return false; // no byte is such a character
      }
    }
    // Two numbers read, not sixteen bytes: a rebuild asks this of every page.
    ByteBuffer r = record(file);
    int offset = at(file) + KEY;
    return r.getLong(offset) == bigEndian(key, 0) && r.getLong(offset + 8) == bigEndian(key, 8);
  }

  /** Eight characters of {@code key} from {@code from}, each a byte, as a big-endian number. */
  private static long bigEndian(String key, int from) {
    long n = 0;
    for (int i = from; i < from + 8; i++) {
      n = n << 8 | key.charAt(i);
    }
    return n;
  }

  /** What takes each page {@link Pages} lays out, in order. */
  interface PageSink {
    /** A page of paths, from its position to its limit. */
    void paths(ByteBuffer page) throws IOException;

    /** A page of records, from its position to its limit. */
    void records(ByteBuffer page) throws IOException;
  }

  /**
   * Lays out files as pages that {@link #FileColumns(ByteBuffer[], ByteBuffer[], BitSet, int)}
   * takes back as they are: paths placed as {@link #append} places them, records whose paths
   * are in those pages. Each page goes to a sink once full, so that a table is written without a
   * copy of it in memory.
   */
  static final class Pages {
    private final PageSink sink;
    private final ByteBuffer paths = ByteBuffer.allocateDirect(MAX_PATH);
    private final ByteBuffer records = ByteBuffer.allocateDirect(FILES * RECORD);
    private int pathPage = -1;
    private int files;

    Pages(PageSink sink) {
      this.sink = sink;
    }

    /**
     * Adds the file {@code file} of {@code from}, its path the UTF-8 {@code path[0, length)}:
     * its size, time, key and hash as they are there.
     */
    void add(FileColumns from, int file, byte[] path, int length) throws IOException {
      if (pathPage < 0 || paths.position() + length > MAX_PATH) {
        if (pathPage >= 0) {
          sink.paths(paths.flip());
          paths.clear();
        }
        if (++pathPage == MAX_PATH_PAGES) {
          throw new IllegalStateException("over " + MAX_PATH_PAGES / 4 + " MB of paths");
        }
      }
      paths.put(path, 0, length);
      int at = at(files);
      records.putInt(at + END, pathPage << OFFSET_BITS | paths.position());
      records.putInt(at + IN_BASE, -1);
      records.put(at + SIZE, from.record(file), at(file) + SIZE, RECORD - SIZE);
      if ((++files & FILE_MASK) == 0) {
        sink.records(records.clear());
      }
    }

    /** Gives the pages not yet full to the sink; no file is to be added after. */
    void finish() throws IOException {
      if (pathPage >= 0) {
        sink.paths(paths.flip());
      }
      if ((files & FILE_MASK) != 0) {
        sink.records(records.clear().limit(at(files)));
      }
    }
  }
}
