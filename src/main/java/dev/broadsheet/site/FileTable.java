package dev.broadsheet.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The files of a site as one build left them: each file's path, size and time, and, for a file
 * made from inputs the build fingerprinted, the key of those inputs ({@link BuildCache#key}).
 *
 * <p>A million-article site has millions of files, and a build holds two such tables: the last
 * build's and its own. So a table is a few arrays, not a map of objects: every path in one
 * UTF-8 block, the numbers in primitive arrays, and an open-addressing hash table of positions.
 * About a hundred bytes a file, where a {@code HashMap} of strings and records took three or
 * four hundred. Immutable once built, so any number of threads may read it.
 *
 * <p>A rebuild keeps nearly every file of the last build. A table built with the last one as its
 * base names such a file by its place there rather than copy its path: at a million articles the
 * paths alone are over a hundred megabytes.
 */
final class FileTable {
  static final FileTable EMPTY = new Builder().build();

  private final int files;
  private final byte[] paths;
  /** Where each path starts in {@link #paths}; one more than there are files, or more. */
  private final int[] starts;
  private final long[] sizes;
  private final long[] modified;
  /** {@link BuildCache#KEY_BYTES} bytes a file, zero for a file without a key. */
  private final byte[] keys;
  private final BitSet keyed;
  /** The table whose paths this one names by index, or null; it has no base of its own. */
  private final FileTable base;
  /**
   * For each file, the index in {@link #base} of the file whose path it has, or -1 when its
   * path is in {@link #paths}; null when there is no base.
   */
  private final int[] inBase;
  /** Each slot a file's index plus one, or 0 when empty; its length a power of two. */
  private final int[] slots;

  /**
   * The first {@code files} entries of the arrays, which may be longer. A path found twice is
   * set in {@code overwritten}, and only its later entry is found.
   */
  private FileTable(int files, byte[] paths, int[] starts, long[] sizes, long[] modified,
      byte[] keys, BitSet keyed, FileTable base, int[] inBase, BitSet overwritten) {
    this.files = files;
    this.paths = paths;
    this.starts = starts;
    this.sizes = sizes;
    this.modified = modified;
    this.keys = keys;
    this.keyed = keyed;
    this.base = base;
    this.inBase = inBase;
    this.slots = slots(overwritten);
  }

  /**
   * The hash table of the paths. A path found again takes its slot from the earlier one, which
   * is set in {@code overwritten}.
   */
  private int[] slots(BitSet overwritten) {
    int[] slots = new int[Integer.highestOneBit(Math.max(files, 1)) * 4];
    for (int i = 0; i < files; i++) {
      byte[] bytes = bytes(i);
      int from = from(i);
      int to = to(i);
      int slot = hash(bytes, from, to) & (slots.length - 1);
      while (slots[slot] != 0) {
        int other = slots[slot] - 1;
        if (Arrays.equals(bytes(other), from(other), to(other), bytes, from, to)) {
          overwritten.set(other);
          break;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
    return slots;
  }

  /** The array that holds the path of {@code file}, from {@link #from} to {@link #to}. */
  private byte[] bytes(int file) {
    return inBase == null || inBase[file] < 0 ? paths : base.paths;
  }

  private int from(int file) {
    return inBase == null || inBase[file] < 0 ? starts[file] : base.starts[inBase[file]];
  }

  private int to(int file) {
    return inBase == null || inBase[file] < 0 ? starts[file + 1]
        : base.starts[inBase[file] + 1];
  }

  /** How many files. */
  int size() {
    return files;
  }

  /** The bytes of all paths together, as UTF-8. */
  int pathBytes() {
    if (inBase == null) {
      return starts[files];
    }
    int total = 0;
    for (int i = 0; i < files; i++) {
      total += to(i) - from(i);
    }
    return total;
  }

  /** The index of the file at {@code path}, or -1 when there is none. */
  int find(String path) {
    byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
    int slot = hash(utf8, 0, utf8.length) & (slots.length - 1);
    while (slots[slot] != 0) {
      int file = slots[slot] - 1;
      if (Arrays.equals(bytes(file), from(file), to(file), utf8, 0, utf8.length)) {
        return file;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  String path(int file) {
    return new String(bytes(file), from(file), to(file) - from(file), StandardCharsets.UTF_8);
  }

  long fileSize(int file) {
    return sizes[file];
  }

  long modified(int file) {
    return modified[file];
  }

  /** Whether the file was made from inputs fingerprinted by {@code key}. */
  boolean hasKey(int file, String key) {
    if (!keyed.get(file) || key.length() != BuildCache.KEY_BYTES) {
      return false;
    }
    for (int i = 0; i < BuildCache.KEY_BYTES; i++) {
      if ((keys[file * BuildCache.KEY_BYTES + i] & 0xff) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    // Spread the high bits into the low ones the mask keeps.
    return h ^ (h >>> 16);
  }

  void writeTo(DataOutputStream out) throws IOException {
    int files = size();
    out.writeInt(files);
    out.writeInt(pathBytes());
    for (int i = 0; i < files; i++) {
      out.write(bytes(i), from(i), to(i) - from(i));
    }
    for (int i = 0; i < files; i++) {
      out.writeInt(to(i) - from(i));
      out.writeLong(sizes[i]);
      out.writeLong(modified[i]);
      out.writeBoolean(keyed.get(i));
    }
    out.write(keys, 0, files * BuildCache.KEY_BYTES);
  }

  static FileTable readFrom(DataInputStream in) throws IOException {
    int files = in.readInt();
    int length = in.readInt();
    if (files < 0 || length < 0) {
      throw new IOException("file table is damaged");
    }
    byte[] paths = new byte[length];
    in.readFully(paths);
    int[] starts = new int[files + 1];
    long[] sizes = new long[files];
    long[] modified = new long[files];
    BitSet keyed = new BitSet(files);
    for (int i = 0; i < files; i++) {
      starts[i + 1] = starts[i] + in.readInt();
      sizes[i] = in.readLong();
      modified[i] = in.readLong();
      keyed.set(i, in.readBoolean());
    }
    if (starts[files] != length) {
      throw new IOException("file table is damaged");
    }
    byte[] keys = new byte[files * BuildCache.KEY_BYTES];
    in.readFully(keys);
    BitSet twice = new BitSet();
    FileTable table = new FileTable(files, paths, starts, sizes, modified, keys, keyed, null,
        null, twice);
    if (!twice.isEmpty()) {
      throw new IOException("file table lists a path twice");
    }
    return table;
  }

  /**
   * Collects a build's files as they are written, from many threads at once. A path added twice
   * keeps what was added last, as the file on disk does.
   */
  static final class Builder {
    private final FileTable base;
    private byte[] paths;
    private int[] starts;
    private long[] sizes;
    private long[] modified;
    private byte[] keys;
    private int[] inBase;
    private final BitSet keyed = new BitSet();
    private int files;
    private boolean built;

    Builder() {
      this(null, 1 << 6, 1 << 12);
    }

    /**
     * A builder with room for {@code files} files of {@code pathBytes} bytes of paths, whose
     * files may be kept from {@code base} ({@link #keep}), a table without a base of its own, or
     * null: a rebuild writes about the files the last build did, and growing a table of millions
     * holds it twice for a moment.
     */
    Builder(FileTable base, int files, int pathBytes) {
      if (base != null && base.base != null) {
        throw new IllegalArgumentException("a base table has no base of its own");
      }
      this.base = base;
      int room = Math.max(files, 1) + 1;
      paths = new byte[Math.max(pathBytes, 1)];
      starts = new int[room];
      sizes = new long[room];
      modified = new long[room];
      keys = new byte[room * BuildCache.KEY_BYTES];
      inBase = base == null ? null : new int[room];
    }

    /** @param key the key of what the file was made from, or null when it has none */
    synchronized void add(String path, long size, long time, String key) {
      byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
      byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.ISO_8859_1);
      append(utf8, 0, utf8.length, -1, size, time, keyBytes, 0);
    }

    /**
     * Adds the base's file {@code file} as it is, its path, size and time, made from inputs
     * fingerprinted by {@code key}, or null.
     */
    synchronized void keep(int file, String key) {
      checkInBase(file);
      add(file, base.sizes[file], base.modified[file], key);
    }

    /** Adds a file at the path of the base's file {@code file}, written anew. */
    synchronized void add(int file, long size, long time, String key) {
      checkInBase(file);
      byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.ISO_8859_1);
      append(null, 0, 0, file, size, time, keyBytes, 0);
    }

    private void resize(int capacity) {
      starts = Arrays.copyOf(starts, capacity);
      sizes = Arrays.copyOf(sizes, capacity);
      modified = Arrays.copyOf(modified, capacity);
      keys = Arrays.copyOf(keys, capacity * BuildCache.KEY_BYTES);
      if (inBase != null) {
        inBase = Arrays.copyOf(inBase, capacity);
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
    private void append(byte[] path, int from, int to, int baseFile, long size, long time,
        byte[] key, int keyFrom) {
      if (built) {
        throw new IllegalStateException("the table is built");
      }
      // Grown by half, not doubled: the old arrays and the new are held together while copied.
      if (files + 2 > starts.length) {
        resize(starts.length + starts.length / 2 + 2);
      }
      int start = starts[files];
      int length = to - from;
      if (start + length > paths.length) {
        paths = Arrays.copyOf(paths, Math.max(paths.length + paths.length / 2, start + length));
      }
      System.arraycopy(path == null ? paths : path, from, paths, start, length);
      starts[files + 1] = start + length;
      if (inBase != null) {
        inBase[files] = baseFile;
      }
      sizes[files] = size;
      modified[files] = time;
      if (key != null) {
        System.arraycopy(key, keyFrom, keys, files * BuildCache.KEY_BYTES,
            BuildCache.KEY_BYTES);
        keyed.set(files);
      }
      files++;
    }

    /** The table; once, as it takes the builder's arrays rather than copy millions of files. */
    synchronized FileTable build() {
      if (built) {
        throw new IllegalStateException("the table is built");
      }
      built = true;
      BitSet overwritten = new BitSet();
      FileTable table = new FileTable(files, paths, starts, sizes, modified, keys, keyed, base,
          inBase, overwritten);
      if (overwritten.isEmpty()) {
        return table;
      }
      Builder kept = new Builder(base, files - overwritten.cardinality(), paths.length);
      for (int i = 0; i < files; i++) {
        if (!overwritten.get(i)) {
          int baseFile = inBase == null ? -1 : inBase[i];
          kept.append(paths, starts[i], starts[i + 1], baseFile, sizes[i], modified[i],
              keyed.get(i) ? keys : null, i * BuildCache.KEY_BYTES);
        }
      }
      return kept.build();
    }
  }
}
