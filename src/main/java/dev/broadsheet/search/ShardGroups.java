package dev.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Writes the term shards a group at a time (the terms sharing their first two characters, which
 * make their shards by themselves), from the postings of the articles read afresh and those the
 * previous build's {@link SearchState} holds for the others, and records each group for the next
 * build.
 *
 * <p>When every article the previous build indexed is where it was or has changed, and the
 * averages round as before ({@link Inputs#unchanged}), a term no changed article has, before or
 * after, has the same postings and scores as last time, so the same entry: it is taken from the
 * state as it is. So is a term the changed articles have where they had it, as often as they had
 * it, none of them scoring into its entry (most words of an edited article): one pass over its
 * postings tells, without decoding them ({@link TermGroup.Reader#sameBut}). A group with no
 * other term has the same shards, kept as they are; one the changed articles did not reach is
 * not even read.
 */
final class ShardGroups {
  /**
   * What one build brings to the groups.
   *
   * @param reached the terms the changed articles had in the previous build
   */
  record Inputs(Spill spill, int[] positions, SearchState previous, int[] remap,
      boolean unchanged, Set<String> reached, ShardWriter shards, SearchState.Writer next,
      int[] keptSlots, IntFunction<TermCounts> termsOfSlot) {}

  private final Inputs in;
  private final Set<String> reachedGroups = new TreeSet<>();
  private final BiConsumer<String, byte[]> out;
  private final Predicate<List<String>> keepAll;

  /**
   * @param out     takes each shard made
   * @param keepAll keeps the existing site's files of those paths, all or none; false when one
   *                is not there
   */
  ShardGroups(Inputs in, BiConsumer<String, byte[]> out, Predicate<List<String>> keepAll) {
    this.in = in;
    this.out = out;
    this.keepAll = keepAll;
    in.reached().forEach(term -> reachedGroups.add(term.substring(0, 2)));
  }

  /**
   * Postings read from a spill bucket at a time, besides a group that has more on its own:
   * about 16 MB of them. Two buckets are written at once.
   */
  static final long BATCH_POSTINGS = 1 << 21;

  /** Writes the groups of one spill bucket, reading about {@code maxPostings} at a time. */
  void write(int bucket, long maxPostings) {
    Set<String> notRead = new TreeSet<>();
    if (in.previous() != null) {
      for (String key : in.previous().groupKeys()) {
        if (Spill.bucketOf(key) == bucket) {
          notRead.add(key);
        }
      }
    }
    // Made, should the previous state turn out damaged, from the cache's terms of every
    // article kept: once a bucket.
    AtomicReference<Map<String, Map<String, Spill.Postings>>> kept = new AtomicReference<>();
    in.spill().readBucket(bucket, in.positions(), maxPostings, batch -> {
      // In term order, as the bucket gives them: a group's terms are together.
      Map<String, Map<String, Spill.Postings>> fresh = new LinkedHashMap<>();
      batch.forEach((term, postings) -> fresh.computeIfAbsent(term.substring(0, 2),
          k -> new LinkedHashMap<>()).put(term, postings));
      fresh.forEach((key, terms) -> {
        notRead.remove(key);
        write(bucket, key, terms, kept);
      });
    });
    for (String key : notRead) {
      write(bucket, key, Map.of(), kept);
    }
  }

  /** Writes the group {@code key} of {@code bucket}, its postings read afresh {@code fresh}. */
  private void write(int bucket, String key, Map<String, Spill.Postings> freshTerms,
      AtomicReference<Map<String, Map<String, Spill.Postings>>> kept) {
    SearchState.Group old = in.previous() == null ? null : in.previous().group(key);
    if (old != null && in.unchanged() && freshTerms.isEmpty() && !reachedGroups.contains(key)
        && keepAll.test(old.shards())) {
      copy(key, old);
      return;
    }
    byte[] oldBytes = null;
    if (old != null) {
      try {
        oldBytes = in.previous().bytes(old);
      } catch (IOException e) {
        if (kept.get() == null) {
          kept.set(keptPostings(bucket));
        }
      }
    }
    Map<String, Spill.Postings> known = old != null && oldBytes == null
        ? kept.get().getOrDefault(key, Map.of()) : Map.of();
    write(key, oldBytes == null ? null : old, oldBytes, known, freshTerms);
  }

  /**
   * Writes the group {@code key}: its terms in the previous state ({@code old}, its bytes
   * {@code oldBytes}, both null when none) or {@code known}, with the postings of the articles
   * read afresh added. A group whose every term comes out as it was keeps its shards.
   */
  private void write(String key, SearchState.Group old, byte[] oldBytes,
      Map<String, Spill.Postings> known, Map<String, Spill.Postings> freshTerms) {
    boolean wholeAsItWas = old != null;
    List<ShardWriter.Entry> entries = new ArrayList<>();
    TermGroup.Writer group = oldBytes == null ? new TermGroup.Writer()
        : new TermGroup.Writer(oldBytes.length + (1 << 12));
    TermGroup.Reader reader = oldBytes == null ? null
        : new TermGroup.Reader(oldBytes);
    Iterator<String> others = new TreeSet<>(known.keySet()).iterator();
    String fromState = reader != null && reader.next() ? reader.term() : null;
    String fromKnown = others.hasNext() ? others.next() : null;
    Iterator<Map.Entry<String, Spill.Postings>> added = freshTerms.entrySet().iterator();
    Map.Entry<String, Spill.Postings> fromFresh = added.hasNext() ? added.next() : null;
    while (fromState != null || fromKnown != null || fromFresh != null) {
      String term = first(first(fromState, fromKnown), fromFresh == null ? null
          : fromFresh.getKey());
      boolean inState = term.equals(fromState);
      boolean inFresh = fromFresh != null && term.equals(fromFresh.getKey());
      ShardWriter.Entry asItWas = null;
      if (inState && !inFresh && in.unchanged() && !in.reached().contains(term)
          || inState && inFresh && in.unchanged()
          && (asItWas = asItWas(reader, fromFresh.getValue())) != null) {
        entries.add(asItWas != null ? asItWas : reader.entry());
        group.copy(reader);
      } else {
        wholeAsItWas = false;
        Spill.Postings postings = inState ? reader.postings(in.remap())
            : term.equals(fromKnown) ? known.get(term) : new Spill.Postings();
        // Entries the articles read afresh leave as they were: a term in as many articles,
        // and the edited article too low to be kept, as in most of a common term's edits.
        boolean mayBeAsBefore = inState && inFresh && in.unchanged() && postings.size > 0;
        if (inFresh) {
          // Put in order by the entry if there are no others, as in a build from scratch.
          postings = postings.size == 0 ? fromFresh.getValue()
              : merged(postings, fromFresh.getValue());
        }
        if (postings.size > 0) {
          ShardWriter.Entry entry = mayBeAsBefore
              ? in.shards().unchanged(reader.entry(), postings, fromFresh.getValue()) : null;
          if (entry == null) {
            entry = in.shards().entry(term, postings);
          }
          entries.add(entry);
          group.add(term, entry, postings);
        }
      }
      if (inState) {
        fromState = reader.next() ? reader.term() : null;
      }
      if (term.equals(fromKnown)) {
        fromKnown = others.hasNext() ? others.next() : null;
      }
      if (inFresh) {
        fromFresh = added.hasNext() ? added.next() : null;
      }
    }
    if (wholeAsItWas && keepAll.test(old.shards())) {
      copy(key, old);
      return;
    }
    if (entries.isEmpty()) {
      return;
    }
    List<String> made = new ArrayList<>();
    in.shards().shard(key, entries, (path, bytes) -> {
      made.add(path);
      out.accept(path, bytes);
    });
    put(key, group.toByteArray(), made);
  }

  /**
   * The postings of both, in position order if {@code sorted} is: a term's postings from the
   * state are, and a few articles read afresh are put in place rather than all sorted again.
   */
  private static Spill.Postings merged(Spill.Postings sorted, Spill.Postings fresh) {
    long[] added = packed(fresh);
    Spill.Postings all = new Spill.Postings(sorted.size + fresh.size);
    int i = 0;
    for (long posting : added) {
      int doc = (int) (posting >>> 32);
      for (; i < sorted.size && sorted.docs[i] < doc; i++) {
        all.add(sorted.docs[i], sorted.tfs[i]);
      }
      all.add(doc, (int) posting);
    }
    for (; i < sorted.size; i++) {
      all.add(sorted.docs[i], sorted.tfs[i]);
    }
    return all;
  }

  /** {@code p}'s postings, each its position shifted 32 bits and its count, ascending. */
  private static long[] packed(Spill.Postings p) {
    long[] packed = new long[p.size];
    for (int i = 0; i < p.size; i++) {
      packed[i] = (long) p.docs[i] << 32 | (p.tfs[i] & 0xffffffffL);
    }
    Arrays.sort(packed);
    return packed;
  }

  /**
   * The entry the term under {@code reader} had, if its postings and entry come out as they
   * were, the articles read afresh ({@code fresh}) being where they were with the counts they
   * had (as most words of an edited article are), and none of them scoring into the entry: then
   * its entry and postings are copied as they are, not decoded and made again. Null if not.
   */
  private ShardWriter.Entry asItWas(TermGroup.Reader reader, Spill.Postings fresh) {
    ShardWriter.Entry before = reader.entry();
    int[] tfs = new int[before.docs().length];
    return reader.sameBut(in.remap(), packed(fresh), before.docs(), tfs)
        && in.shards().keeps(before, tfs, fresh) ? before : null;
  }

  /** The earlier of two terms in order; either may be null for none. */
  private static String first(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Keeps the group as the previous state has it, copied from file to file unread: its
   * checksum goes with it, to be checked when a later build reads it.
   */
  private void copy(String key, SearchState.Group group) {
    if (in.next() == null) {
      return;
    }
    try {
      in.next().copy(key, in.previous(), group);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  private void put(String key, byte[] bytes, List<String> shards) {
    if (in.next() == null) {
      return;
    }
    try {
      in.next().put(key, bytes, shards);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /** The postings in {@code bucket} of every article kept from the previous build, by group. */
  private Map<String, Map<String, Spill.Postings>> keptPostings(int bucket) {
    Map<String, Map<String, Spill.Postings>> groups = new TreeMap<>();
    int[] keptSlots = in.keptSlots();
    for (int slot = 0; slot < keptSlots.length; slot++) {
      int position = in.positions() == null ? slot : in.positions()[slot];
      if (keptSlots[slot] < 0 || position < 0) {
        continue;
      }
      in.termsOfSlot().apply(slot).forEachIn(bucket, (term, counts) -> groups
          .computeIfAbsent(term.substring(0, 2), k -> new TreeMap<>())
          .computeIfAbsent(term, t -> new Spill.Postings()).add(position, counts));
    }
    return groups;
  }
}
