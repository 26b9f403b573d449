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
  /** Each slot a file's index plus one, or 0 when empty; its length a power of two. */
  private final int[] slots;

  /** The first {@code files} entries of the arrays, which may be longer, and their slots. */
  private FileTable(int files, byte[] paths, int[] starts, long[] sizes, long[] modified,
      byte[] keys, BitSet keyed, int[] slots) {
    this.files = files;
    this.paths = paths;
    this.starts = starts;
    this.sizes = sizes;
    this.modified = modified;
    this.keys = keys;
    this.keyed = keyed;
    this.slots = slots;
  }

  /**
   * The hash table of the first {@code files} paths. A path found again takes its slot from the
   * earlier one, which is set in {@code overwritten}.
   */
  private static int[] slots(byte[] paths, int[] starts, int files, BitSet overwritten) {
    int[] slots = new int[Integer.highestOneBit(Math.max(files, 1)) * 4];
    for (int i = 0; i < files; i++) {
      int slot = hash(paths, starts[i], starts[i + 1]) & (slots.length - 1);
      while (slots[slot] != 0) {
        int other = slots[slot] - 1;
        if (Arrays.equals(paths, starts[other], starts[other + 1], paths, starts[i],
            starts[i + 1])) {
          overwritten.set(other);
          break;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
    return slots;
  }

  /** How many files. */
  int size() {
    return files;
  }

  /** The bytes of all paths together, as UTF-8. */
  int pathBytes() {
    return starts[files];
  }

  /** The index of the file at {@code path}, or -1 when there is none. */
  int find(String path) {
    byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
    int slot = hash(utf8, 0, utf8.length) & (slots.length - 1);
    while (slots[slot] != 0) {
      int file = slots[slot] - 1;
      if (Arrays.equals(paths, starts[file], starts[file + 1], utf8, 0, utf8.length)) {
        return file;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  String path(int file) {
    return new String(paths, starts[file], starts[file + 1] - starts[file],
        StandardCharsets.UTF_8);
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
    out.writeInt(starts[files]);
    out.write(paths, 0, starts[files]);
    for (int i = 0; i < files; i++) {
      out.writeInt(starts[i + 1] - starts[i]);
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
    int[] slots = slots(paths, starts, files, twice);
    if (!twice.isEmpty()) {
      throw new IOException("file table lists a path twice");
    }
    return new FileTable(files, paths, starts, sizes, modified, keys, keyed, slots);
  }

  /**
   * Collects a build's files as they are written, from many threads at once. A path added twice
   * keeps what was added last, as the file on disk does.
   */
  static final class Builder {
    private byte[] paths;
    private int[] starts;
    private long[] sizes;
    private long[] modified;
    private byte[] keys;
    private final BitSet keyed = new BitSet();
    private int files;
    private boolean built;

    Builder() {
      this(1 << 6, 1 << 12);
    }

    /**
     * A builder with room for {@code files} files of {@code pathBytes} bytes of paths: a
     * rebuild writes about the files the last build did, and growing a table of millions
     * holds it twice for a moment.
     */
    Builder(int files, int pathBytes) {
      int room = Math.max(files, 1) + 1;
      paths = new byte[Math.max(pathBytes, 1)];
      starts = new int[room];
      sizes = new long[room];
      modified = new long[room];
      keys = new byte[room * BuildCache.KEY_BYTES];
    }

    /** @param key the key of what the file was made from, or null when it has none */
    synchronized void add(String path, long size, long time, String key) {
      byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
      byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.ISO_8859_1);
      append(utf8, 0, utf8.length, size, time, keyBytes, 0);
    }

    /** Adds a path given as a slice of UTF-8 bytes, and a key as a slice, or null. */
    private void append(byte[] path, int from, int to, long size, long time, byte[] key,
        int keyFrom) {
      if (built) {
        throw new IllegalStateException("the table is built");
      }
      if (files + 2 > starts.length) {
        int capacity = starts.length * 2;
        starts = Arrays.copyOf(starts, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        modified = Arrays.copyOf(modified, capacity);
        keys = Arrays.copyOf(keys, capacity * BuildCache.KEY_BYTES);
      }
      int start = starts[files];
      int length = to - from;
      if (start + length > paths.length) {
        paths = Arrays.copyOf(paths, Math.max(paths.length * 2, start + length));
      }
      System.arraycopy(path, from, paths, start, length);
      starts[files + 1] = start + length;
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
      int[] slots = slots(paths, starts, files, overwritten);
      if (overwritten.isEmpty()) {
        return new FileTable(files, paths, starts, sizes, modified, keys, keyed, slots);
      }
      Builder kept = new Builder();
      for (int i = 0; i < files; i++) {
        if (!overwritten.get(i)) {
          kept.append(paths, starts[i], starts[i + 1], sizes[i], modified[i],
              keyed.get(i) ? keys : null, i * BuildCache.KEY_BYTES);
        }
      }
      return kept.build();
    }
  }
}
