package dev.broadsheet.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The files of a site as one build left them: each file's path, size and time, and, for a file
 * made from inputs the build fingerprinted, the key of those inputs ({@link PageKeys#key}).
 *
 * <p>A million-article site has millions of files, and a build holds two such tables: the last
 * build's and its own. So a table is not a map of objects: the paths as UTF-8 and the numbers,
 * in pages out of the Java heap ({@link FileColumns}), and an open-addressing hash table of
 * positions. About a hundred bytes a file, where a {@code HashMap} of strings and records took
 * three or four hundred. Immutable once built, so any number of threads may read it.
 *
 * <p>A rebuild keeps nearly every file of the last build. A table built with the last one as its
 * base names such a file by its place there rather than copy its path: at a million articles the
 * paths alone are over a hundred megabytes.
 */
final class FileTable {
  static final FileTable EMPTY = new Builder().build();

  private final FileColumns columns;
  private final int files;
  /** The bytes of all paths together: summed as files are added, not in a pass of its own. */
  private final long pathBytes;
  /** The table whose paths this one names by index, or null; it has no base of its own. */
  private final FileTable base;
  /** Each slot a file's index plus one, or 0 when empty; its length a power of two. */
  private final IntBuffer slots;
  /** The bytes of {@link #slots}. */
  private final ByteBuffer slotBytes;
  /** The files as one value, when the table was read with it; else worked out when asked. */
  private final SiteFingerprint site;
  /**
   * Whether a path was added twice, so that files are not where {@link Builder#add} said they
   * would be. Set once, by the builder, before the table is shared.
   */
  private boolean renumbered;

  /**
   * The first {@code files} files of {@code columns}. A path found twice is set in
   * {@code overwritten}, and only its later entry is found.
   */
  private FileTable(FileColumns columns, FileTable base, BitSet overwritten, long pathBytes) {
    this.columns = columns;
    this.files = columns.files;
    this.pathBytes = pathBytes;
    this.base = base;
    this.slotBytes = slots(overwritten);
    this.slots = slotBytes.asIntBuffer();
    this.site = null;
  }

  /**
   * The {@code columns.files} files of {@code columns}, found through {@code slots}, whose
   * paths together are {@code pathBytes} long and sum to {@code site}: a table as a file holds
   * it ({@link FileTableFile}), taken as it is.
   */
  FileTable(FileColumns columns, ByteBuffer slots, long pathBytes, SiteFingerprint site) {
    int capacity = slots.capacity() / Integer.BYTES;
    if (Integer.bitCount(capacity) != 1 || capacity <= columns.files
        || slots.capacity() % Integer.BYTES != 0) {
      throw new IllegalArgumentException(capacity + " slots for " + columns.files + " files");
    }
    this.columns = columns;
    this.files = columns.files;
    this.pathBytes = pathBytes;
    this.base = null;
    this.slotBytes = slots;
    this.slots = slots.asIntBuffer();
    for (int slot = 0; slot < capacity; slot++) {
      int entry = this.slots.get(slot);
      if (entry < 0 || entry > files) {
        throw new IllegalArgumentException("slot " + slot + " names file " + entry);
      }
    }
    this.site = site;
  }

  /**
   * The hash table of the paths. A path found again takes its slot from the earlier one, which
   * is set in {@code overwritten}.
   */
  private ByteBuffer slots(BitSet overwritten) {
    // Out of the heap too: 32 MB for a million articles' files.
    ByteBuffer bytes = ByteBuffer.allocateDirect(Integer.highestOneBit(Math.max(files, 1)) * 16);
    IntBuffer slots = bytes.asIntBuffer();
    for (int i = 0; i < files; i++) {
      int hash = columns.hash(i);
      int slot = hash & (slots.capacity() - 1);
      byte[] path = null;
      while (slots.get(slot) != 0) {
        int other = slots.get(slot) - 1;
        if (columns.hash(other) == hash) {
          path = path == null ? utf8(i) : path;
          if (isAt(other, path)) {
            overwritten.set(other);
            break;
          }
        }
        slot = (slot + 1) & (slots.capacity() - 1);
      }
      slots.put(slot, i + 1);
    }
    return bytes;
  }

  /** Whether the path of {@code file} is the base's rather than in this table's pages. */
  private boolean inBase(int file) {
    return base != null && columns.inBase(file) >= 0;
  }

  /** The array that holds the path of {@code file}, from {@link #from} to {@link #to}. */
  private ByteBuffer bytes(int file) {
    return inBase(file) ? base.columns.pathPage(columns.inBase(file)) : columns.pathPage(file);
  }

  private int from(int file) {
    return inBase(file) ? base.columns.from(columns.inBase(file)) : columns.from(file);
  }

  private int to(int file) {
    return inBase(file) ? base.columns.to(columns.inBase(file)) : columns.to(file);
  }

  /** Whether the files are not all at the places its builder gave them as they were added. */
  boolean renumbered() {
    return renumbered;
  }

  /** How many files. */
  int size() {
    return files;
  }

  /** The files of the base table that this one holds, kept or written again at their path. */
  BitSet fromBase() {
    BitSet held = new BitSet(base == null ? 0 : base.files);
    for (int i = 0; i < files; i++) {
      int file = columns.inBase(i);
      if (file >= 0) {
        held.set(file);
      }
    }
    return held;
  }

  /** The length of the path of {@code file}, in UTF-8 bytes. */
  private int pathLength(int file) {
    return to(file) - from(file);
  }

  /** The bytes of all paths together, as UTF-8. */
  long pathBytes() {
    return pathBytes;
  }

  /** The index of the file at {@code path}, or -1 when there is none. */
  int find(String path) {
    byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
    int hash = hash(utf8, 0, utf8.length);
    int mask = slots.capacity() - 1;
    // Each slot read once: a rebuild looks up the path of every page it keeps.
    for (int slot = hash & mask, entry; (entry = slots.get(slot)) != 0; slot = (slot + 1) & mask) {
      int file = entry - 1;
      if (columns.hash(file) == hash && isAt(file, utf8)) {
        return file;
      }
    }
    return -1;
  }

  String path(int file) {
    return new String(utf8(file), StandardCharsets.UTF_8);
  }

  /** Whether {@code utf8} is the path of {@code file}. */
  private boolean isAt(int file, byte[] utf8) {
    int from = from(file);
    if (to(file) - from != utf8.length) {
      return false;
    }
    // One bulk copy: compiled by C1, a loop of single reads from the page was slower.
    return Arrays.equals(copy(file, from, utf8.length), utf8);
  }

  private byte[] utf8(int file) {
    int from = from(file);
    return copy(file, from, to(file) - from);
  }

  /** The {@code length} bytes of {@code file}'s page from {@code from}. */
  private byte[] copy(int file, int from, int length) {
    byte[] copy = new byte[length];
    bytes(file).get(from, copy);
    return copy;
  }

  long fileSize(int file) {
    return columns.size(file);
  }

  long modified(int file) {
    return columns.modified(file);
  }

  /** Whether the file was made from inputs fingerprinted by {@code key}. */
  boolean hasKey(int file, String key) {
    return columns.hasKey(file, key);
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    // Spread the high bits into the low ones the mask keeps.
    return h ^ (h >>> 16);
  }


  /** The files of the table as one value, as a walk of the site they make up would find them. */
  SiteFingerprint fingerprint() {
    if (site != null) {
      return site;
    }
    SiteFingerprint.Sum sum = new SiteFingerprint.Sum();
    for (int i = 0; i < files; i++) {
      byte[] path = utf8(i);
      sum.add(path, 0, path.length, columns.size(i), columns.modified(i));
    }
    return sum.sum();
  }

  /**
   * Gives every file to {@code pages}, its path in this table's pages whether its own or its
   * base's, and sets in {@code keyed} those with a key; returns the files as one value.
   */
  SiteFingerprint layOut(FileColumns.Pages pages, BitSet keyed) throws IOException {
    SiteFingerprint.Sum sum = new SiteFingerprint.Sum();
    byte[] path = new byte[256];
    for (int i = 0; i < files; i++) {
      int from = from(i);
      int length = to(i) - from;
      if (length > path.length) {
        path = new byte[Math.max(length, 2 * path.length)];
      }
      bytes(i).get(from, path, 0, length);
      sum.add(path, 0, length, columns.size(i), columns.modified(i));
      pages.add(columns, i, path, length);
      if (columns.keyed(i)) {
        keyed.set(i);
      }
    }
    pages.finish();
    return sum.sum();
  }

  /** The bytes of the table's slots, to be written as they are. */
  ByteBuffer slotBytes() {
    return slotBytes.duplicate().clear();
  }

  /**
   * Collects a build's files as they are written, from many threads at once. A path added twice
   * keeps what was added last, as the file on disk does.
   */
  static final class Builder {
    private final FileTable base;
    private final FileColumns columns;
    private boolean built;
    private long pathBytes;

    Builder() {
      this(null);
    }

    /**
     * A builder whose files may be kept from {@code base} ({@link #keep}), a table without a
     * base of its own, or null.
     */
    Builder(FileTable base) {
      if (base != null && base.base != null) {
        throw new IllegalArgumentException("a base table has no base of its own");
      }
      this.base = base;
      this.columns = new FileColumns();
    }

    /**
     * @param key the key of what the file was made from, or null when it has none
     * @return the file's place in the table, unless the table is {@linkplain FileTable#renumbered
     *         renumbered}
     */
    int add(String path, long size, long time, String key) {
      byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
      byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.ISO_8859_1);
      int hash = hash(utf8, 0, utf8.length);
      synchronized (this) {
        return append(utf8, 0, utf8.length, -1, hash, size, time, keyBytes, 0);
      }
    }

    /**
     * Adds the base's file {@code file} as it is, its path, size and time, made from inputs
     * fingerprinted by {@code key}, or null; returns its place as {@link #add} does.
     */
    int keep(int file, String key) {
      checkInBase(file);
      return add(file, base.fileSize(file), base.modified(file), key);
    }

    /**
     * Adds the base's file {@code file} as it is, with the key it has there, or none; returns
     * its place as {@link #add} does.
     */
    int keepAsIs(int file) {
      checkInBase(file);
      synchronized (this) {
        checkOpen();
        columns.appendKept(base.columns, file);
        pathBytes += base.pathLength(file);
        return columns.files - 1;
      }
    }

    /** Adds a file at the path of the base's file {@code file}, written anew. */
    int add(int file, long size, long time, String key) {
      checkInBase(file);
      // Worked out before the lock: the threads that write pages keep or add one each.
      byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.ISO_8859_1);
      int hash = base.columns.hash(file);
      synchronized (this) {
        return append(null, 0, 0, file, hash, size, time, keyBytes, 0);
      }
    }

    private void checkOpen() {
      if (built) {
        throw new IllegalStateException("the table is built");
      }
    }

    private void checkInBase(int file) {
      if (base == null || file < 0 || file >= base.files) {
        throw new IllegalArgumentException("no file " + file + " in the base table");
      }
    }

    /**
     * Adds a path given as a slice of UTF-8 bytes, or as the index of a file of the base (with
     * an empty slice), and a key as a slice, or null.
     */
    private int append(byte[] path, int from, int to, int baseFile, int hash, long size,
        long time, byte[] key, int keyFrom) {
      checkOpen();
      columns.append(path, from, to, baseFile, hash, size, time, key, keyFrom);
      pathBytes += baseFile < 0 ? to - from : base.pathLength(baseFile);
      return columns.files - 1;
    }

    /** The table; once, as it takes the builder's pages rather than copy millions of files. */
    synchronized FileTable build() {
      checkOpen();
      built = true;
      BitSet overwritten = new BitSet();
      FileTable table = new FileTable(columns, base, overwritten, pathBytes);
      if (overwritten.isEmpty()) {
        return table;
      }
      // A path added twice: only its later entry stays, and the files after it move up.
      Builder kept = new Builder(base);
      byte[] key = new byte[PageKeys.KEY_BYTES];
      for (int i = 0; i < columns.files; i++) {
        if (!overwritten.get(i)) {
          boolean own = base == null || columns.inBase(i) < 0;
          byte[] path = own ? table.utf8(i) : new byte[0];
          if (columns.keyed(i)) {
            columns.key(i, key);
          }
          kept.append(path, 0, path.length, own ? -1 : columns.inBase(i), columns.hash(i),
              columns.size(i), columns.modified(i), columns.keyed(i) ? key : null, 0);
        }
      }
      FileTable renumbered = kept.build();
      renumbered.renumbered = true;
      return renumbered;
    }
  }
}
