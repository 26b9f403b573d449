package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * A site's files as one value: how many there are, and the sum of a 128-bit hash of each one's
 * path, size and time. A sum does not depend on the order it is taken in, so the files found
 * walking the site, in whatever order the file system lists them, are checked against the
 * table of files the last build left by comparing two sums, without looking a path up in the
 * table. So the check needs nothing of the cache and begins with the build: needing the table,
 * it began only once the cache's manifest was read, and a rebuild of 100,000 articles after an
 * edit then waited for it before writing anything.
 *
 * <p>A file added, removed, renamed, resized or touched changes the sum but for a chance of
 * one in 2<sup>128</sup>.
 *
 * @param files how many files
 * @param low   the sum of the hashes' low 64 bits, modulo 2<sup>64</sup>
 * @param high  the sum of their high 64 bits
 */
record SiteFingerprint(long files, long low, long high) {
  /**
   * Written out: a record's own {@code equals} is linked on its first call through method
   * handles that a rebuild, which makes this comparison once, spun as 16 classes at run time
   * (the class-data archive keeps none of them), and compiled the bytecode generator for.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SiteFingerprint f && f.files == files && f.low == low && f.high == high;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(files) * 961 + Long.hashCode(low) * 31 + Long.hashCode(high);
  }

  /** Takes the sum of files added one at a time; for one thread. */
  static final class Sum {
    private final HashStream128 hash = Hashing.xxh3_128().hashStream();
    private long files;
    private long low;
    private long high;

    /**
     * Adds the file whose path in the site is the UTF-8 {@code path[from, from + length)}, of
     * {@code size} bytes, last modified at {@code modified} milliseconds since the epoch.
     */
    void add(byte[] path, int from, int length, long size, long modified) {
      HashValue128 h = hash.reset().putBytes(path, from, length).putLong(size)
          .putLong(modified).get();
      files++;
      low += h.getLeastSignificantBits();
      high += h.getMostSignificantBits();
    }

    SiteFingerprint sum() {
      return new SiteFingerprint(files, low, high);
    }
  }
}
