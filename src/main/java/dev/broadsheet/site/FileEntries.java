package dev.broadsheet.site;

import dev.broadsheet.content.SourceFile;
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
 * The cache's entry for each article file, by path, for a build that knows its files: an array
 * of entries by the place each file's path was given ({@link Places}), rather than a hash map's
 * node for each. A million articles' entries in a {@link ConcurrentHashMap} took 49 MB of nodes
 * and table beside the entries themselves, in a heap of 1 GB that the articles' metadata nearly
 * fills (a rebuild holds two such maps, this build's and the last one's); here they take 8 MB
 * each, and 16 MB for the places they share. A path that is not one of the files (an article
 * since deleted, in the last build's entries) goes to a map of its own.
 *
 * <p>Safe for many threads at once, each path changed by one thread at a time and read by
 * others only once the stage that changes it has ended, which orders the two: as each file has
 * its place from the start, threads putting different paths never touch the same one.
 */
final class FileEntries extends AbstractMap<String, CachedFile> {
  private final Places places;
  /**
   * Each path's entry by its place, or null. A plain array, not an
   * {@code AtomicReferenceArray}, whose every access is a call through a {@code VarHandle}
   * that the quick compiler, which builds rebuilds, does not inline.
   */
  private final CachedFile[] entries;
  private final Map<String, CachedFile> others = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();

  /** Empty, for paths placed by {@code places}. */
  FileEntries(Places places) {
    this.places = places;
    this.entries = new CachedFile[places.paths.length];
  }

  /**
   * A build's article files' paths, each given a place once and for all: by open addressing,
   * at most half the places taken. Made once a build, for the entries of this build and of the
   * last one, and read by many threads at once.
   */
  static final class Places {
    /** The paths by place; null where free. */
    private final String[] paths;
    /** Each path's hash, so that a path is looked at only when its hash is the one sought. */
    private final int[] hashes;
    /** How far a mixed hash is shifted to give a place. */
    private final int shift;

    /** @param files the build's article files */
    Places(List<SourceFile> files) {
      int size = Integer.highestOneBit(Math.max(1, files.size())) << 2;
      this.paths = new String[size];
      this.hashes = new int[size];
      this.shift = Integer.numberOfLeadingZeros(size) + 1;
      for (SourceFile file : files) {
        String path = file.relativePath();
        int hash = path.hashCode();
        int i = start(hash);
        while (paths[i] != null && !(hashes[i] == hash && paths[i].equals(path))) {
          i = (i + 1) & (size - 1);
        }
        paths[i] = path;
        hashes[i] = hash;
      }
    }

    /**
     * Where to start looking for a path of hash {@code hash}: times the golden ratio, top
     * bits, so that paths differing in their last letters, whose hashes are near, spread out.
     */
    private int start(int hash) {
      return (hash * 0x9E3779B9) >>> shift;
    }

    /** The place of {@code key}, or -1 if it is not one of the files. */
    private int of(Object key) {
      if (!(key instanceof String path)) {
        return -1;
      }
      int hash = path.hashCode();
      int mask = paths.length - 1;
      String known;
      for (int i = start(hash); (known = paths[i]) != null; i = (i + 1) & mask) {
        // Most keys are the file's own string, the scan's, which every stage shares.
        if (known == path || hashes[i] == hash && known.equals(path)) {
          return i;
        }
      }
      return -1;
    }
  }

  @Override
  public CachedFile get(Object key) {
    int place = places.of(key);
    return place >= 0 ? entries[place] : others.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public CachedFile put(String key, CachedFile value) {
    return set(key, Objects.requireNonNull(value, "value"));
  }

  @Override
  public CachedFile remove(Object key) {
    return set(key, null);
  }

  /** Puts {@code value} for {@code key}, or takes its entry out if null; returns the one before. */
  private CachedFile set(Object key, CachedFile value) {
    int place = places.of(key);
    CachedFile previous;
    if (place >= 0) {
      previous = entries[place];
      entries[place] = value;
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
          private int place = -1;
          /** The entry at {@link #place}, taken as it was found. */
          private CachedFile found = advance();

          private CachedFile advance() {
            for (place++; place < entries.length; place++) {
              if (entries[place] != null) {
                return entries[place];
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
                  new AbstractMap.SimpleImmutableEntry<>(places.paths[place], found);
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
