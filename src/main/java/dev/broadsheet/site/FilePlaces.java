package dev.broadsheet.site;

import dev.broadsheet.content.SourceFile;
import java.util.Arrays;
import java.util.List;

/**
 * A build's article files, each given a number and a place once and for all: the places by
 * open addressing, at most half of them taken. Made once a build, for the cache's entries of
 * this build and of the last one ({@link FileEntries}), and read by many threads at once.
 */
final class FilePlaces {
  /** The paths by number. */
  private final String[] paths;
  /**
   * Two ints a place: the hash of the path there, so that a path is looked at only when its
   * hash is the one sought, and its number plus one, or 0 where free.
   */
  private final int[] places;
  /** How far a mixed hash is shifted to give a place. */
  private final int shift;

  /** @param files the build's article files, numbered in their order */
  FilePlaces(List<SourceFile> files) {
    int size = Integer.highestOneBit(Math.max(1, files.size())) << 2;
    String[] numbered = new String[files.size()];
    this.places = new int[2 * size];
    this.shift = Integer.numberOfLeadingZeros(size) + 1;
    int count = 0;
    for (SourceFile file : files) {
      String path = file.relativePath();
      int hash = path.hashCode();
      int i = start(hash);
      while (places[2 * i + 1] != 0 && !(places[2 * i] == hash
          && numbered[places[2 * i + 1] - 1].equals(path))) {
        i = (i + 1) & (size - 1);
      }
      if (places[2 * i + 1] == 0) {
        numbered[count++] = path;
        places[2 * i] = hash;
        places[2 * i + 1] = count;
      }
    }
    this.paths = count == numbered.length ? numbered : Arrays.copyOf(numbered, count);
  }

  /** How many files. */
  int size() {
    return paths.length;
  }

  /** The path of file {@code number}, the very string it was given as. */
  String path(int number) {
    return paths[number];
  }

  /**
   * Where to start looking for a path of hash {@code hash}: times the golden ratio, top
   * bits, so that paths differing in their last letters, whose hashes are near, spread out.
   */
  private int start(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** The number of {@code key}, or -1 if it is not one of the files. */
  int of(Object key) {
    if (!(key instanceof String path)) {
      return -1;
    }
    int hash = path.hashCode();
    int mask = (places.length >>> 1) - 1;
    int number;
    for (int i = start(hash); (number = places[2 * i + 1]) != 0; i = (i + 1) & mask) {
      if (places[2 * i] == hash) {
        // Most keys are the file's own string, the scan's, which every stage shares.
        String known = paths[number - 1];
        if (known == path || known.equals(path)) {
          return number - 1;
        }
      }
    }
    return -1;
  }
}
