package dev.broadsheet.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Splits articles into index terms and counts them (see {@link Terms}); thread-safe. It
 * remembers the term of each word it has seen: an archive has far fewer distinct words than
 * words, and stemming each again costs more than looking it up.
 */
public final class TermCounter {
  private static final int MAX_MEMO = 500_000;
  private final Memo memo;
  /**
   * Each thread's table of an article's words, emptied after each article: made afresh for
   * each, its arrays (some 30 KB) took 4% of reading a story to allocate and clear.
   */
  private final ThreadLocal<WordTable> tables = ThreadLocal.withInitial(WordTable::new);

  public TermCounter() {
    this(MAX_MEMO);
  }

  /** A counter that remembers at most {@code memoLimit} words and as many terms. */
  TermCounter(int memoLimit) {
    memo = new Memo(memoLimit);
  }

  /** The index terms of an article with this headline and text. */
  public TermCounts count(String headline, String text) {
    // Distinct words first: an article repeats its words, and looking each up in the shared
    // memo costs more than counting it in a small table of the article's own.
    WordTable words = tables.get();
    boolean counted = false;
    try {
      char[] head = headline.toCharArray();
      char[] body = text.toCharArray();
      Terms.forEachWord(head, (start, end) -> words.count(head, start, end, 0));
      Terms.forEachWord(body, (start, end) -> words.count(body, start, end, 1));
      // Words with one term ("strike", "strikes") share the memo's entry for it, known by a
      // number: their counts are added up by that number, with no string compared.
      TermTally terms = new TermTally(words.size());
      words.forEach((word, start, length, hash, inHeadline, inBody) -> {
        Memo.Entry entry = memo.entry(word, start, length, hash);
        if (entry.term() != null) {
          terms.add(entry, inHeadline, inBody);
        }
      });
      TermCounts counts = terms.counts();
      counted = true;
      return counts;
    } finally {
      // A table left half-filled by a failure, or grown for a very long text, is not kept.
      if (!(counted && words.clear())) {
        tables.remove();
      }
    }
  }

  /**
   * Whether {@code a[from, from + length)} and {@code b[start, start + length)} hold the same
   * characters. A loop, not {@link Arrays#equals}: words are short, and its set-up cost more
   * than the comparison for every repeated word of the archive.
   */
  private static boolean same(char[] a, int from, char[] b, int start, int length) {
    for (int i = 0; i < length; i++) {
      if (a[from + i] != b[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** An article's terms, each with its counts, in order of first occurrence. */
  private static final class TermTally {
    private final int[] ids;
    private final int[] places;
    private final Spill.Term[] terms;
    private final int[] headline;
    private final int[] body;
    private int size;
    /** Terms with no number, the memo being full, by their text; made when first needed. */
    private Map<String, Integer> unnumbered;

    TermTally(int words) {
      int capacity = Integer.highestOneBit(Math.max(1, words) * 2) * 2;
      ids = new int[capacity];
      places = new int[capacity];
      terms = new Spill.Term[words];
      headline = new int[words];
      body = new int[words];
    }

    void add(Memo.Entry entry, int inHeadline, int inBody) {
      int id = entry.termId();
      if (id == 0) {
        if (unnumbered == null) {
          unnumbered = new HashMap<>();
        }
        Integer place = unnumbered.get(entry.term().text());
        if (place == null) {
          place = size;
          unnumbered.put(entry.term().text(), place);
          terms[size++] = entry.term();
        }
        headline[place] += inHeadline;
        body[place] += inBody;
        return;
      }
      int mask = ids.length - 1;
      int slot = (id * 0x9E3779B9 >>> 16) & mask;
      // Ids count from 1: 0 is a free slot.
      while (ids[slot] != 0 && ids[slot] != id) {
        slot = (slot + 1) & mask;
      }
      if (ids[slot] == 0) {
        ids[slot] = id;
        places[slot] = size;
        terms[size++] = entry.term();
      }
      headline[places[slot]] += inHeadline;
      body[places[slot]] += inBody;
    }

    TermCounts counts() {
      TermCounts.Builder counts = new TermCounts.Builder();
      for (int i = 0; i < size; i++) {
        counts.add(terms[i], headline[i], body[i]);
      }
      return counts.build();
    }
  }

  /**
   * {@link Terms#term} of each word, remembered; bounded, so odd text cannot fill memory. Words
   * are looked up where they lie in the article's text, so a word seen before becomes no
   * string. Lookups take no lock: an entry is immutable, and seen whole or not at all.
   */
  private static final class Memo {
    /**
     * A word, its term (null when not indexed) and the term's number, from 1; 0 when it has
     * none, the memo being full.
     */
    record Entry(char[] word, int hash, Spill.Term term, int termId) {}

    private final int limit;
    private volatile Entry[] table = new Entry[1 << 14];
    /** Guarded by this, as are the next two. */
    private int size;
    /** Each term once, with its number: words that share a term share its entry. */
    private final Map<String, Entry> byTerm = new HashMap<>();
    private int terms;

    Memo(int limit) {
      this.limit = limit;
    }

    /** The entry of {@code text[start, start + length)}, whose string hash is {@code hash}. */
    Entry entry(char[] text, int start, int length, int hash) {
      Entry e = find(table, text, start, length, hash);
      return e != null ? e : add(text, start, length, hash);
    }

    private static Entry find(Entry[] table, char[] text, int start, int length, int hash) {
      int mask = table.length - 1;
      for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
        Entry e = table[slot];
        if (e == null || e.hash() == hash && e.word().length == length
            && same(e.word(), 0, text, start, length)) {
          return e;
        }
      }
    }

    private synchronized Entry add(char[] text, int start, int length, int hash) {
      Entry[] t = table;
      Entry known = find(t, text, start, length, hash);
      if (known != null) {
        return known;
      }
      String word = new String(text, start, length);
      String computed = Terms.term(word);
      Entry shared = null;
      if (computed != null) {
        shared = byTerm.get(computed);
        if (shared == null && terms < limit) {
          shared = new Entry(null, 0, new Spill.Term(computed), ++terms);
          byTerm.put(computed, shared);
        }
      }
      Entry entry = new Entry(word.toCharArray(), hash,
          shared != null ? shared.term() : computed != null ? new Spill.Term(computed) : null,
          shared != null ? shared.termId() : 0);
      if (size >= limit) {
        return entry; // full: worked out again each time
      }
      if (2 * (size + 1) > t.length) {
        t = grown(t);
      }
      int mask = t.length - 1;
      int slot = (hash ^ hash >>> 16) & mask;
      while (t[slot] != null) {
        slot = (slot + 1) & mask;
      }
      t[slot] = entry;
      size++;
      table = t;
      return entry;
    }

    private static Entry[] grown(Entry[] old) {
      Entry[] t = new Entry[2 * old.length];
      int mask = t.length - 1;
      for (Entry e : old) {
        if (e != null) {
          int slot = (e.hash() ^ e.hash() >>> 16) & mask;
          while (t[slot] != null) {
            slot = (slot + 1) & mask;
          }
          t[slot] = e;
        }
      }
      return t;
    }
  }

  /**
   * One article's distinct words with their counts in the headline and the body, each known by
   * where it first occurs, in order of first occurrence.
   */
  private static final class WordTable {
    /** The largest table kept for the next article: 8,192 distinct words. */
    private static final int KEPT_SLOTS = 1 << 14;
    private char[][] texts = new char[1024][];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    /** A slot's counts in the headline and the body, side by side: an array a word cost more. */
    private int[] counts = new int[2 * 1024];
    private int[] hashes = new int[1024];
    /** Slots of the table, by first occurrence. */
    private int[] order = new int[512];
    private int size;

    @FunctionalInterface
    interface Counted {
      /** A word, {@code text[start, start + length)} with its string hash, and its counts. */
      void accept(char[] text, int start, int length, int hash, int inHeadline, int inBody);
    }

    int size() {
      return size;
    }

    /** Counts the word {@code text[start, end)} in slot {@code field} of its counts. */
    void count(char[] text, int start, int end, int field) {
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + text[i];
      }
      int slot = find(text, start, end - start, h);
      if (texts[slot] == null) {
        texts[slot] = text;
        starts[slot] = start;
        lengths[slot] = end - start;
        hashes[slot] = h;
        order[size++] = slot;
      }
      counts[2 * slot + field]++;
      if (2 * size >= texts.length) {
        grow();
      }
    }

    /** The slot of the word, or the free slot where it goes. */
    private int find(char[] text, int start, int length, int h) {
      int mask = texts.length - 1;
      int slot = (h ^ h >>> 16) & mask;
      while (texts[slot] != null && !(hashes[slot] == h && lengths[slot] == length
          && same(texts[slot], starts[slot], text, start, length))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      char[][] oldTexts = texts;
      int[] oldStarts = starts;
      int[] oldLengths = lengths;
      int[] oldCounts = counts;
      int[] oldHashes = hashes;
      int capacity = 2 * oldTexts.length;
      texts = new char[capacity][];
      starts = new int[capacity];
      lengths = new int[capacity];
      counts = new int[2 * capacity];
      hashes = new int[capacity];
      order = Arrays.copyOf(order, capacity / 2);
      for (int k = 0; k < size; k++) {
        int old = order[k];
        int slot = find(oldTexts[old], oldStarts[old], oldLengths[old], oldHashes[old]);
        texts[slot] = oldTexts[old];
        starts[slot] = oldStarts[old];
        lengths[slot] = oldLengths[old];
        counts[2 * slot] = oldCounts[2 * old];
        counts[2 * slot + 1] = oldCounts[2 * old + 1];
        hashes[slot] = oldHashes[old];
        order[k] = slot;
      }
    }

    /**
     * Empties the table, slot by slot, for the next article, and lets go of that article's
     * text; false if it has grown too large to keep.
     */
    boolean clear() {
      for (int k = 0; k < size; k++) {
        int slot = order[k];
        texts[slot] = null;
        counts[2 * slot] = 0;
        counts[2 * slot + 1] = 0;
      }
      size = 0;
      return texts.length <= KEPT_SLOTS;
    }

    void forEach(Counted each) {
      for (int k = 0; k < size; k++) {
        int slot = order[k];
        each.accept(texts[slot], starts[slot], lengths[slot], hashes[slot], counts[2 * slot],
            counts[2 * slot + 1]);
      }
    }
  }
}
