package dev.broadsheet.search;

import dev.broadsheet.search.Spill.Postings;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms of one of {@link Spill}'s buckets as it is read back, and their postings: each
 * term's UTF-8 kept once in one block, as a bucket holds millions of postings and tens of
 * thousands of terms, so no object is made for a term until the end. Used by one thread.
 */
final class BucketTerms {
  /** Small to start with: it grows as a bucket of tens of thousands of terms needs. */
  private byte[] terms = new byte[1 << 10];
  private int used;
  private int[] starts = new int[1 << 12];
  private int[] lengths = new int[1 << 12];
  private boolean[] taken = new boolean[1 << 12];
  private Postings[] postings = new Postings[1 << 12];
  /** Each term's postings, when counted before they are read ({@link #count}). */
  private int[] counts = new int[1 << 12];
  private int size;

  /** The postings of the term {@code bytes[start, start + length)}, new if it is new. */
  Postings postings(byte[] bytes, int start, int length) {
    int i = slot(bytes, start, length);
    if (postings[i] == null) {
      postings[i] = new Postings();
    }
    return postings[i];
  }

  /** Counts one posting of the term {@code bytes[start, start + length)}. */
  void count(byte[] bytes, int start, int length) {
    // The slot first: taking it may grow the table, and with it this array.
    int slot = slot(bytes, start, length);
    counts[slot]++;
  }

  /** The postings of the term in {@code slot}, room made for as many as were counted. */
  Postings exactPostings(int slot) {
    if (postings[slot] == null) {
      postings[slot] = new Postings(counts[slot]);
    }
    return postings[slot];
  }

  /** The slot of the term {@code bytes[start, start + length)}, taken if it is new. */
  int slot(byte[] bytes, int start, int length) {
    int mask = taken.length - 1;
    int i = hash(bytes, start, length) & mask;
    while (taken[i]) {
      if (lengths[i] == length && Arrays.equals(terms, starts[i], starts[i] + length, bytes,
          start, start + length)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    if (used + length > terms.length) {
      terms = Arrays.copyOf(terms, Math.max(used + length, 2 * terms.length));
    }
    System.arraycopy(bytes, start, terms, used, length);
    starts[i] = used;
    lengths[i] = length;
    taken[i] = true;
    used += length;
    if (++size * 2 > taken.length) {
      grow();
      return slot(bytes, start, length);
    }
    return i;
  }

  private static int hash(byte[] data, int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + data[i];
    }
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldStarts = starts;
    int[] oldLengths = lengths;
    boolean[] oldTaken = taken;
    Postings[] oldPostings = postings;
    int[] oldCounts = counts;
    int capacity = oldStarts.length * 2;
    starts = new int[capacity];
    lengths = new int[capacity];
    taken = new boolean[capacity];
    postings = new Postings[capacity];
    counts = new int[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldTaken.length; j++) {
      if (oldTaken[j]) {
        int i = hash(terms, oldStarts[j], oldLengths[j]) & mask;
        while (taken[i]) {
          i = (i + 1) & mask;
        }
        starts[i] = oldStarts[j];
        lengths[i] = oldLengths[j];
        taken[i] = true;
        postings[i] = oldPostings[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  private String spelling(int slot) {
    return new String(terms, starts[slot], lengths[slot], StandardCharsets.UTF_8);
  }

  /**
   * For each slot, the batch its term is read in: the groups of terms sharing their first two
   * characters, in order, a batch holding as many whole groups as keep it within
   * {@code maxPostings} counted postings (or one group that alone has more); -1 for an empty
   * slot.
   */
  int[] batches(long maxPostings) {
    TreeMap<String, Long> groups = new TreeMap<>();
    for (int i = 0; i < taken.length; i++) {
      if (taken[i]) {
        groups.merge(spelling(i).substring(0, 2), (long) counts[i], Long::sum);
      }
    }
    Map<String, Integer> batchOfGroup = new TreeMap<>();
    int batch = 0;
    long inBatch = 0;
    for (Map.Entry<String, Long> group : groups.entrySet()) {
      if (inBatch > 0 && inBatch + group.getValue() > maxPostings) {
        batch++;
        inBatch = 0;
      }
      inBatch += group.getValue();
      batchOfGroup.put(group.getKey(), batch);
    }
    int[] batchOf = new int[taken.length];
    for (int i = 0; i < taken.length; i++) {
      batchOf[i] = taken[i] ? batchOfGroup.get(spelling(i).substring(0, 2)) : -1;
    }
    return batchOf;
  }

  /** The terms of batch {@code batch}, each decoded once, in order; let go of here. */
  Map<String, Postings> takeBatch(int[] batchOf, int batch) {
    Map<String, Postings> byTerm = new TreeMap<>();
    for (int i = 0; i < taken.length; i++) {
      if (batchOf[i] == batch && postings[i] != null) {
        byTerm.put(spelling(i), postings[i]);
        postings[i] = null;
      }
    }
    return byTerm;
  }

  /** Every term, decoded once, in order. */
  Map<String, Postings> byTerm() {
    Map<String, Postings> byTerm = new TreeMap<>();
    for (int i = 0; i < taken.length; i++) {
      if (postings[i] != null) {
        byTerm.put(spelling(i), postings[i]);
      }
    }
    return byTerm;
  }
}
