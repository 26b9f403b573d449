package dev.broadsheet.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits articles into index terms and counts them (see {@link Terms}); thread-safe. It
 * remembers the term of each word it has seen: an archive has far fewer distinct words than
 * words, and stemming each again costs more than looking it up.
 */
public final class TermCounter {
  private static final int MAX_MEMO = 500_000;
  /** Words and their terms; {@link #NOT_INDEXED} for words that are not indexed. */
  private final Map<String, Spill.Term> memo = new ConcurrentHashMap<>();
  private static final Spill.Term NOT_INDEXED = new Spill.Term("--");

  /** The index terms of an article with this headline and text. */
  public TermCounts count(String headline, String text) {
    // Distinct words first: an article repeats its words, and looking each up in the shared
    // memo costs more than counting it in a small table of the article's own, which makes a
    // string only for each distinct word.
    WordTable words = new WordTable();
    char[] head = headline.toCharArray();
    char[] body = text.toCharArray();
    Terms.forEachWord(head, (start, end) -> words.count(head, start, end, 0));
    Terms.forEachWord(body, (start, end) -> words.count(body, start, end, 1));
    Map<String, Count> terms = new HashMap<>(2 * words.size());
    words.forEach((word, inHeadline, inBody) -> {
      Spill.Term term = term(word);
      if (term != null) {
        Count c = terms.computeIfAbsent(term.text(), k -> new Count(term));
        c.headline += inHeadline;
        c.body += inBody;
      }
    });
    TermCounts.Builder counts = new TermCounts.Builder();
    terms.values().forEach(c -> counts.add(c.term, c.headline, c.body));
    return counts.build();
  }

  /** A term's count in one article's headline and body. */
  private static final class Count {
    final Spill.Term term;
    int headline;
    int body;

    Count(Spill.Term term) {
      this.term = term;
    }
  }

  /** {@link Terms#term}, remembered; bounded, so odd text cannot fill memory. */
  private Spill.Term term(String word) {
    Spill.Term term = memo.get(word);
    if (term == null) {
      String computed = Terms.term(word);
      term = computed == null ? NOT_INDEXED : new Spill.Term(computed);
      if (memo.size() < MAX_MEMO) {
        memo.put(word, term);
      }
    }
    return term == NOT_INDEXED ? null : term;
  }

  /**
   * One article's distinct words with their counts in the headline and the body, each known by
   * where it first occurs, in order of first occurrence.
   */
  private static final class WordTable {
    private char[][] texts = new char[1024][];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int[][] counts = new int[1024][];
    /** Slots of the table, by first occurrence. */
    private int[] order = new int[512];
    private int size;

    @FunctionalInterface
    interface Counted {
      void accept(String word, int inHeadline, int inBody);
    }

    int size() {
      return size;
    }

    /** Counts the word {@code text[start, end)} in slot {@code field} of its counts. */
    void count(char[] text, int start, int end, int field) {
      int slot = find(text, start, end - start);
      if (texts[slot] == null) {
        texts[slot] = text;
        starts[slot] = start;
        lengths[slot] = end - start;
        counts[slot] = new int[2];
        order[size++] = slot;
      }
      counts[slot][field]++;
      if (2 * size >= texts.length) {
        grow();
      }
    }

    /** The slot of the word, or the free slot where it goes. */
    private int find(char[] text, int start, int length) {
      int h = 0;
      for (int i = start; i < start + length; i++) {
        h = 31 * h + text[i];
      }
      int mask = texts.length - 1;
      int slot = (h ^ h >>> 16) & mask;
      while (texts[slot] != null && !(lengths[slot] == length && Arrays.equals(texts[slot],
          starts[slot], starts[slot] + length, text, start, start + length))) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      char[][] oldTexts = texts;
      int[] oldStarts = starts;
      int[] oldLengths = lengths;
      int[][] oldCounts = counts;
      int capacity = 2 * oldTexts.length;
      texts = new char[capacity][];
      starts = new int[capacity];
      lengths = new int[capacity];
      counts = new int[capacity][];
      order = Arrays.copyOf(order, capacity / 2);
      for (int k = 0; k < size; k++) {
        int old = order[k];
        int slot = find(oldTexts[old], oldStarts[old], oldLengths[old]);
        texts[slot] = oldTexts[old];
        starts[slot] = oldStarts[old];
        lengths[slot] = oldLengths[old];
        counts[slot] = oldCounts[old];
        order[k] = slot;
      }
    }

    void forEach(Counted each) {
      for (int k = 0; k < size; k++) {
        int slot = order[k];
        each.accept(new String(texts[slot], starts[slot], lengths[slot]),
            counts[slot][0], counts[slot][1]);
      }
    }
  }
}
