package dev.broadsheet.site;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cache's entry for each article file, by path, for a build that knows its files: each
 * file's entry a record of numbers at the file's number among them ({@link FilePlaces}), in
 * pages out of the Java heap, rather than a hash map's node and an object for each. A million
 * articles' entries in a {@link ConcurrentHashMap} took 49 MB of nodes and table and 96 MB of
 * entries, in a heap of 1 GB that the articles' metadata nearly fills, and a rebuild holds two
 * such maps, this build's and the last one's; here the heap holds 20 MB of places the two share,
 * and each entry is made when asked for, to be let go at once. A path that is not one of the
 * files (an article since deleted, in the last build's entries) goes to a map of its own.
 *
 * <p>Safe for many threads at once, each path changed by one thread at a time and read by
 * others only once the stage that changes it has ended, which orders the two: as each file has
 * its record from the start, threads putting different paths never touch the same one.
 */
final class FileEntries extends AbstractMap<String, CachedFile> {
  /** A file's record, {@link CachedFile#putRecord}'s, its free half 1 if it is there. */
  private static final int STRIDE = CachedFile.RECORD_LONGS;
  private static final int PAGE_SHIFT = 16;
  private static final int PAGE_RECORDS = 1 << PAGE_SHIFT;

  private final FilePlaces places;
  /** Each file's record, by its number; a page holds {@link #PAGE_RECORDS}. */
  private final LongBuffer[] pages;
  private final Map<String, CachedFile> others = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** Empty, for no files: every path goes to the map of others. */
  static FileEntries none() {
    return new FileEntries(new FilePlaces(List.of()));
  }

  /** Empty, for the files numbered by {@code places}. */
  FileEntries(FilePlaces places) {
    this.places = places;
    int files = places.size();
    this.pages = new LongBuffer[(files + PAGE_RECORDS - 1) >>> PAGE_SHIFT];
    for (int p = 0; p < pages.length; p++) {
      int records = Math.min(PAGE_RECORDS, files - (p << PAGE_SHIFT));
      pages[p] = ByteBuffer.allocateDirect(records * STRIDE * Long.BYTES)
          .order(ByteOrder.nativeOrder()).asLongBuffer();
    }
  }

  /** The page holding file {@code number}'s record. */
  private LongBuffer page(int number) {
    return pages[number >>> PAGE_SHIFT];
  }

  /** Where in its page file {@code number}'s record starts. */
  private static int at(int number) {
    return (number & (PAGE_RECORDS - 1)) * STRIDE;
  }

  /** Whether file {@code number} has an entry. */
  private boolean holds(int number) {
    return (int) page(number).get(at(number) + CachedFile.RECORD_FREE) != 0;
  }

  /** File {@code number}'s entry, or null. */
  private CachedFile entry(int number) {
    return holds(number) ? CachedFile.ofRecord(page(number), at(number)) : null;
  }

  /**
   * The entry of the {@code number}th of the files this was made for, whose path is
   * {@code path}: found by its number, without hashing the path, when the number is its (as
   * when every entry is written in the build's order); else by the path.
   */
  CachedFile get(int number, String path) {
    return isNumber(number, path) ? entry(number) : get(path);
  }

  /**
   * Puts {@code value} as the entry of the {@code number}th of the files, whose path is
   * {@code path}: by its number, as {@link #get(int, String)} finds it, when that is its.
   */
  void put(int number, String path, CachedFile value) {
    if (isNumber(number, path)) {
      set(number, null, Objects.requireNonNull(value, "value"));
    } else {
      put(path, value);
    }
  }

  /** As {@link #discard(Object)}, the file found by its number as {@link #get(int, String)}. */
  void discard(int number, String path) {
    if (isNumber(number, path)) {
      discardAt(number);
    } else {
      discard(path);
    }
  }

  /** Whether {@code number} is that of the file at {@code path}, the very string. */
  private boolean isNumber(int number, String path) {
    return number >= 0 && number < places.size() && places.path(number) == path;
  }

  @Override
  public CachedFile get(Object key) {
    int number = places.of(key);
    return number >= 0 ? entry(number) : others.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    int number = places.of(key);
    return number >= 0 ? holds(number) : others.containsKey(key);
  }

  @Override
  public CachedFile put(String key, CachedFile value) {
    return set(key, Objects.requireNonNull(value, "value"));
  }

  @Override
  public CachedFile remove(Object key) {
    return set(key, null);
  }

  /**
   * As {@link #remove}, without making the entry taken out: a rebuild takes out every article's
   * last entry as it reuses it, and making each for nothing cost it 0.1 s at 100,000 articles.
   */
  void discard(Object key) {
    int number = places.of(key);
    if (number < 0) {
      remove(key);
    } else {
      discardAt(number);
    }
  }

  private void discardAt(int number) {
    if (holds(number)) {
      page(number).put(at(number) + CachedFile.RECORD_FREE, 0);
      size.decrementAndGet();
    }
  }

  /** Puts {@code value} for {@code key}, or takes its entry out if null; returns the one before. */
  private CachedFile set(Object key, CachedFile value) {
    return set(places.of(key), key, value);
  }

  /** As {@link #set(Object, CachedFile)}, for file {@code number}, or {@code key} if none. */
  private CachedFile set(int number, Object key, CachedFile value) {
    CachedFile previous;
    if (number >= 0) {
      previous = entry(number);
      LongBuffer page = page(number);
      int at = at(number);
      if (value != null) {
        value.putRecord(page, at);
        page.put(at + CachedFile.RECORD_FREE, page.get(at + CachedFile.RECORD_FREE) | 1);
      } else {
        page.put(at + CachedFile.RECORD_FREE, 0);
      }
    } else if (value == null) {
      previous = others.remove(key);
    } else {
      previous = others.put((String) key, value);
    }
    if (previous == null && value != null) {
      size.incrementAndGet();
    } else if (previous != null && value == null) {
      size.decrementAndGet();
    }
    return previous;
  }

  @Override
  public int size() {
    return size.get();
  }

  /** Whether every entry is of one of the files it was made for. */
  boolean onlyFiles() {
    return others.isEmpty();
  }

  /** The files' entries, then the others'; each time in the same order for the same files. */
  @Override
  public Set<Map.Entry<String, CachedFile>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return FileEntries.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, CachedFile>> iterator() {
        Iterator<Map.Entry<String, CachedFile>> rest = others.entrySet().iterator();
        return new Iterator<>() {
          private int number = -1;
          /** File {@link #number}'s entry, taken as it was found. */
          private CachedFile found = advance();

          private CachedFile advance() {
            for (number++; number < places.size(); number++) {
              CachedFile entry = entry(number);
              if (entry != null) {
                return entry;
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return found != null || rest.hasNext();
          }

          @Override
          public Map.Entry<String, CachedFile> next() {
            if (found != null) {
              Map.Entry<String, CachedFile> entry =
                  new AbstractMap.SimpleImmutableEntry<>(places.path(number), found);
              found = advance();
              return entry;
            }
            if (!rest.hasNext()) {
              throw new NoSuchElementException();
            }
            return rest.next();
          }
        };
      }
    };
  }
}
