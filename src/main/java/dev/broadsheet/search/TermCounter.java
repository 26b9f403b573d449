package dev.broadsheet.search;

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
    // memo costs more than counting it in a small map of the article's own.
    Map<String, int[]> words = new HashMap<>(512);
    count(headline, words, 0);
    count(text, words, 1);
    Map<String, Count> terms = new HashMap<>(2 * words.size());
    words.forEach((word, n) -> {
      Spill.Term term = term(word);
      if (term != null) {
        Count c = terms.computeIfAbsent(term.text(), k -> new Count(term));
        c.headline += n[0];
        c.body += n[1];
      }
    });
    TermCounts.Builder counts = new TermCounts.Builder();
    terms.values().forEach(c -> counts.add(c.term, c.headline, c.body));
    return counts.build();
  }

  /** Counts each word of {@code text} in slot {@code field} of its counts. */
  private static void count(String text, Map<String, int[]> words, int field) {
    Terms.forEach(text, word -> word,
        word -> words.computeIfAbsent(word, w -> new int[2])[field]++);
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
}
