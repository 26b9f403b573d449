package dev.broadsheet.site;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The columns of a {@link FileTable}, a page at a time: every path's UTF-8 in pages of 256 KB,
 * and each file's numbers in pages of {@link #FILES} files. No page is as large as half a
 * region of G1's heap, which would make it a humongous object, given regions of its own and
 * the rest of the last one wasted.
 *
 * <p>A million-article site has over two million files. In one array each, the table grew by
 * copying itself: at the last copy its old arrays and the new ones, half as large again, were
 * held together, some 400 MB at once, beside a third of it unused once the copy was done. Pages
 * are never copied but the last, while it is small.
 */
final class FileColumns {
  /** The longest path a table holds, in bytes: a page's worth. No file system comes near. */
  static final int MAX_PATH = 1 << 18;
  private static final int FILE_BITS = 14;
  /** Files a page of numbers holds. */
  private static final int FILES = 1 << FILE_BITS;
  private static final int FILE_MASK = FILES - 1;
  /** Where a path ends: its page shifted by this, and the offset within it below. */
  private static final int OFFSET_BITS = 19;
  private static final int OFFSET_MASK = (1 << OFFSET_BITS) - 1;
  /** Pages of paths an end can name, the sign bit included: two gigabytes of paths. */
  private static final int MAX_PATH_PAGES = 1 << (32 - OFFSET_BITS);
  /** What the last page of each kind starts at, doubling until full. */
  private static final int FIRST_PATHS = 1 << 12;
  private static final int FIRST_FILES = 1 << 6;

  int files;
  private byte[][] paths = new byte[1][];
  /** How many path pages there are; the last is being filled. */
  private int pathPages;
  /** Where each file's path ends: page and offset ({@link #OFFSET_BITS}). */
  private int[][] ends = new int[1][];
  private long[][] sizes = new long[1][];
  private long[][] modified = new long[1][];
  /** {@link BuildCache#KEY_BYTES} bytes a file, zero for a file without a key. */
  private byte[][] keys = new byte[1][];
  /**
   * For each file, the index in the base table of the file whose path it has, or -1 when its
   * path is in these pages; null when there is no base.
   */
  private int[][] inBase;
  private final BitSet keyed = new BitSet();

  FileColumns(boolean hasBase) {
    inBase = hasBase ? new int[1][] : null;
  }

  /**
   * Adds a path given as a slice of UTF-8 bytes, or as the index of a file of the base (with an
   * empty slice), and a key as a slice, or null. One thread at a time.
   */
  void append(byte[] path, int from, int to, int baseFile, long size, long time, byte[] key,
      int keyFrom) {
    int length = to - from;
    if (length > MAX_PATH) {
      throw new IllegalArgumentException("a path of " + length + " bytes");
    }
    int file = files;
    int page = file >>> FILE_BITS;
    int at = file & FILE_MASK;
    if (page == ends.length) {
      int pages = 2 * page;
      ends = Arrays.copyOf(ends, pages);
      sizes = Arrays.copyOf(sizes, pages);
      modified = Arrays.copyOf(modified, pages);
      keys = Arrays.copyOf(keys, pages);
      if (inBase != null) {
        inBase = Arrays.copyOf(inBase, pages);
      }
    }
    if (ends[page] == null || at == ends[page].length) {
      int room = ends[page] == null ? FIRST_FILES : 2 * ends[page].length;
      ends[page] = grown(ends[page], room);
      sizes[page] = grown(sizes[page], room);
      modified[page] = grown(modified[page], room);
      keys[page] = grown(keys[page], room * BuildCache.KEY_BYTES);
      if (inBase != null) {
        inBase[page] = grown(inBase[page], room);
      }
    }
    int end = placePath(path, from, length);
    ends[page][at] = end;
    if (inBase != null) {
      inBase[page][at] = baseFile;
    }
    sizes[page][at] = size;
    modified[page][at] = time;
    if (key != null) {
      System.arraycopy(key, keyFrom, keys[page], at * BuildCache.KEY_BYTES,
          BuildCache.KEY_BYTES);
      keyed.set(file);
    }
    files++;
  }

  private static int[] grown(int[] page, int room) {
    return page == null ? new int[room] : Arrays.copyOf(page, room);
  }

  private static long[] grown(long[] page, int room) {
    return page == null ? new long[room] : Arrays.copyOf(page, room);
  }

  private static byte[] grown(byte[] page, int room) {
    return page == null ? new byte[room] : Arrays.copyOf(page, room);
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
      paths[page] = new byte[Math.min(MAX_PATH,
          Math.max(FIRST_PATHS, Integer.highestOneBit(Math.max(1, length)) * 2))];
      pathPages = page + 1;
      start = page << OFFSET_BITS;
    }
    int offset = start & OFFSET_MASK;
    byte[] bytes = paths[page];
    if (offset + length > bytes.length) {
      paths[page] = bytes = Arrays.copyOf(bytes,
          Math.min(MAX_PATH, Math.max(offset + length, 2 * bytes.length)));
    }
    if (length > 0) {
      System.arraycopy(path, from, bytes, offset, length);
    }
    return start + length;
  }

  private int end(int file) {
    return ends[file >>> FILE_BITS][file & FILE_MASK];
  }

  /** The page that holds the path of {@code file}, from {@link #from} to {@link #to}. */
  byte[] pathPage(int file) {
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

  /** The base's index of the file whose path {@code file} has, or -1; this must have a base. */
  int inBase(int file) {
    return inBase[file >>> FILE_BITS][file & FILE_MASK];
  }

  long size(int file) {
    return sizes[file >>> FILE_BITS][file & FILE_MASK];
  }

  long modified(int file) {
    return modified[file >>> FILE_BITS][file & FILE_MASK];
  }

  boolean keyed(int file) {
    return keyed.get(file);
  }

  /** The page that holds the key of {@code file}, at {@link #keyOffset}. */
  byte[] keyPage(int file) {
    return keys[file >>> FILE_BITS];
  }

  int keyOffset(int file) {
    return (file & FILE_MASK) * BuildCache.KEY_BYTES;
  }

  /** Whether the file was made from inputs fingerprinted by {@code key}. */
  boolean hasKey(int file, String key) {
    if (!keyed.get(file) || key.length() != BuildCache.KEY_BYTES) {
      return false;
    }
    byte[] page = keyPage(file);
    int offset = keyOffset(file);
    for (int i = 0; i < BuildCache.KEY_BYTES; i++) {
      if ((page[offset + i] & 0xff) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
