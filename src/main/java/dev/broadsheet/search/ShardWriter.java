package dev.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turns the postings of a group of terms (those sharing their first two characters) into term
 * shards. Each term keeps its {@link IndexLimits#postingsPerTerm()} best-scoring articles (a
 * query shows the best results first, and very common terms would otherwise dominate the
 * download), in article order, delta-coded, each with its score quantised to 32 levels of the
 * term's best score.
 *
 * <p>Terms are sharded by a prefix: two characters, and when a shard would be larger than
 * {@link IndexLimits#shardChars()}, its terms go to shards one character longer, down to
 * {@link IndexLimits#maxKey()} characters. A split shard keeps the terms exactly as long as its
 * key and, so that a short prefix typed by a reader still completes, the postings of its most
 * frequent terms, cut short. The browser finds a term's shard by walking down from two
 * characters, so no list of shards is needed.
 */
final class ShardWriter {
  private final IndexLimits limits;
  private final Bm25 bm25;
  private final int[] headlineLengths;
  private final int[] bodyLengths;
  /** Per thread, a slot for each article, all zero between uses. */
  private final ThreadLocal<int[]> slots;

  ShardWriter(IndexLimits limits, Bm25 bm25, int[] headlineLengths, int[] bodyLengths) {
    this.limits = limits;
    this.bm25 = bm25;
    this.headlineLengths = headlineLengths;
    this.bodyLengths = bodyLengths;
    this.slots = ThreadLocal.withInitial(() -> new int[headlineLengths.length]);
  }

  /**
   * A term ready to write: its best postings in article order with their levels, and those as
   * the shard spells them ({@code encoded}), or null where they are to be spelled when written
   * ({@link #spelled}).
   */
  record Entry(String term, int df, long maxMilli, int[] docs, byte[] levels, String encoded) {
    /**
     * This entry, spelled: an entry read back from the previous build's state is spelled only
     * if its group's shards are made again, which after an edit most are not.
     */
    Entry spelled() {
      return encoded != null ? this
          : new Entry(term, df, maxMilli, docs, levels, encode(docs, levels));
    }
  }

  /**
   * The entry of {@code term}, whose postings it puts in article order, where the next build's
   * state keeps them.
   */
  Entry entry(String term, Spill.Postings p) {
    int n = p.size;
    inArticleOrder(p);
    double idf = bm25.idf(n);
    double[] scores = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      scores[i] = score(idf, p.docs[i], p.tfs[i]);
      max = Math.max(max, scores[i]);
    }
    // The best postings, ties by article order (newest first): deterministic whatever the
    // input order. Found by the score of the last one kept, not by sorting every posting.
    int kept = Math.min(n, limits.postingsPerTerm());
    double threshold = Double.NEGATIVE_INFINITY;
    int tiesKept = 0;
    if (n > kept) {
      threshold = select(scores.clone(), n - kept);
      int above = 0;
      for (double score : scores) {
        above += score > threshold ? 1 : 0;
      }
      tiesKept = kept - above;
    }
    int[] best = new int[kept];
    byte[] levels = new byte[kept];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double score = scores[i];
      if (score > threshold || score == threshold && tiesKept-- > 0) {
        best[k] = p.docs[i];
        levels[k++] = (byte) Math.max(1, Math.min(32, (int) Math.ceil(score / max * 32)));
      }
    }
    return new Entry(term, n, Math.round(max * 1000), best, levels, encode(best, levels));
  }

  /** The score of the article at {@code doc} with the packed term counts {@code tf}. */
  private double score(double idf, int doc, int tf) {
    return bm25.score(idf, tf >>> 16, headlineLengths[doc], tf & 0xffff, bodyLengths[doc]);
  }

  /**
   * {@code before}, the previous build's entry of a term, if {@link #entry} would make it again
   * from {@code postings}, or null. The averages being as they were and no article having moved
   * (the caller's to know), an article that did not change scores as it did, as long as the
   * term is in as many articles as before. If every article the entry kept is still there and
   * each that changed ({@code fresh}, among {@code postings}) scores below all those, then
   * none of those changed (one would score below itself), and the same are kept, with the same
   * levels of the same best score. This spares scoring every article of a common term an
   * edited article has: most are in thousands of articles and keep only the best
   * {@link IndexLimits#postingsPerTerm()}.
   *
   * @param postings the term's postings now, in article order
   */
  Entry unchanged(Entry before, Spill.Postings postings, Spill.Postings fresh) {
    int n = postings.size;
    if (n != before.df()) {
      return null;
    }
    int[] tfs = new int[before.docs().length];
    for (int i = 0; i < tfs.length; i++) {
      int at = Arrays.binarySearch(postings.docs, 0, n, before.docs()[i]);
      if (at < 0) {
        return null;
      }
      tfs[i] = postings.tfs[at];
    }
    return keeps(before, tfs, fresh) ? before : null;
  }

  /**
   * Whether {@link #entry} would make {@code before} again, the term being in as many articles
   * as before, the articles {@code before} kept having the packed counts {@code tfs} (in its
   * order), and {@code fresh} being the postings of the articles that changed: as
   * {@link #unchanged}, given those counts rather than every posting.
   */
  boolean keeps(Entry before, int[] tfs, Spill.Postings fresh) {
    double idf = bm25.idf(before.df());
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < tfs.length; i++) {
      lowest = Math.min(lowest, score(idf, before.docs()[i], tfs[i]));
    }
    for (int i = 0; i < fresh.size; i++) {
      if (score(idf, fresh.docs[i], fresh.tfs[i]) >= lowest) {
        return false;
      }
    }
    return true;
  }

  /** Puts {@code p}'s postings in article order, if they are not. */
  private void inArticleOrder(Spill.Postings p) {
    int n = p.size;
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = p.docs[i - 1] < p.docs[i];
    }
    if (sorted) {
      return;
    }
    int[] order = order(p);
    int[] docs = new int[n];
    int[] tfs = new int[n];
    for (int k = 0; k < n; k++) {
      docs[k] = p.docs[order[k]];
      tfs[k] = p.tfs[order[k]];
    }
    p.docs = docs;
    p.tfs = tfs;
  }

  /**
   * The indexes of {@code p}'s postings in article order. A term in many articles is put in
   * order by one pass over every article, cheaper than sorting its postings.
   */
  private int[] order(Spill.Postings p) {
    int n = p.size;
    int[] order = new int[n];
    int documents = headlineLengths.length;
    if ((long) n * 8 > documents) {
      int[] slot = slots.get();
      for (int i = 0; i < n; i++) {
        slot[p.docs[i]] = i + 1;
      }
      for (int doc = 0, k = 0; k < n; doc++) {
        if (slot[doc] != 0) {
          order[k++] = slot[doc] - 1;
          slot[doc] = 0;
        }
      }
      return order;
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (long) p.docs[i] << 32 | i;
    }
    Arrays.sort(packed);
    for (int i = 0; i < n; i++) {
      order[i] = (int) packed[i];
    }
    return order;
  }

  /**
   * The {@code k}-th smallest of {@code values} (from 0), which it reorders: a quickselect, in
   * linear time where sorting takes n log n. Falls back on sorting if the pivots go badly.
   */
  static double select(double[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    for (int rounds = 0; lo < hi; rounds++) {
      if (rounds > 64) {
        Arrays.sort(values, lo, hi + 1);
        return values[k];
      }
      double pivot = values[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = values[i];
          values[i++] = values[j];
          values[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

  /** Article positions as deltas, each followed by its level less one. */
  static String encode(int[] docs, byte[] levels) {
    StringBuilder sb = new StringBuilder(docs.length * 3);
    int previous = 0;
    for (int i = 0; i < docs.length; i++) {
      Varint.append(sb, docs[i] - previous);
      Varint.append(sb, levels[i] - 1);
      previous = docs[i];
    }
    return sb.toString();
  }

  /** Writes the shards of the terms sharing the first two characters {@code key}, in order. */
  void shard(String key, List<Entry> entries, BiConsumer<String, byte[]> out) {
    shardSpelled(key, entries.stream().map(Entry::spelled).toList(), out);
  }

  /** As {@link #shard}, every entry spelled; a shard too large splits by a character more. */
  private void shardSpelled(String key, List<Entry> entries, BiConsumer<String, byte[]> out) {
    long size = 0;
    for (Entry e : entries) {
      size += e.encoded().length() + e.term().length() + 16;
    }
    if (size <= limits.shardChars() || key.length() >= limits.maxKey() || entries.size() < 2) {
      out.accept(IndexPaths.shard(key), fragment(key, entries, false, List.of()));
      return;
    }
    List<Entry> own = new ArrayList<>();
    Map<String, List<Entry>> children = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.term().length() == key.length()) {
        own.add(e);
      } else {
        children.computeIfAbsent(e.term().substring(0, key.length() + 1),
            k -> new ArrayList<>()).add(e);
      }
    }
    List<Entry> top = entries.stream()
        .sorted(Comparator.comparingInt(Entry::df).reversed().thenComparing(Entry::term))
        .limit(limits.completions()).map(this::cut).toList();
    out.accept(IndexPaths.shard(key), fragment(key, own, true, top));
    children.forEach((child, list) -> shardSpelled(child, list, out));
  }

  /**
   * A completion's postings: the best {@link IndexLimits#completionPostings()} by level, ties
   * by article order, found by counting the postings at each level.
   */
  private Entry cut(Entry e) {
    int n = e.docs().length;
    int limit = limits.completionPostings();
    if (n <= limit) {
      return e;
    }
    int[] atLevel = new int[33];
    for (byte level : e.levels()) {
      atLevel[level]++;
    }
    int threshold = 32;
    int above = 0;
    while (above + atLevel[threshold] < limit) {
      above += atLevel[threshold--];
    }
    int tiesKept = limit - above;
    int[] docs = new int[limit];
    byte[] levels = new byte[limit];
    int k = 0;
    for (int i = 0; i < n; i++) {
      byte level = e.levels()[i];
      if (level > threshold || level == threshold && tiesKept-- > 0) {
        docs[k] = e.docs()[i];
        levels[k++] = level;
      }
    }
    return new Entry(e.term(), e.df(), e.maxMilli(), docs, levels, encode(docs, levels));
  }

  /**
   * {@code __bs_search.shard(key, {t: [[term, df, best score x 1000, postings]...],
   * x: 1 when split, c: [completions, as t]})}.
   */
  private static byte[] fragment(String key, List<Entry> entries, boolean split,
      List<Entry> top) {
    StringBuilder sb = new StringBuilder("__bs_search.shard(");
    Js.string(sb, key).append(",{\"t\":");
    list(sb, entries);
    if (split) {
      sb.append(",\"x\":1,\"c\":");
      list(sb, top);
    }
    sb.append("});\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void list(StringBuilder sb, List<Entry> entries) {
    sb.append('[');
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      sb.append(i == 0 ? "[" : ",\n[");
      Js.string(sb, e.term()).append(',').append(e.df()).append(',').append(e.maxMilli())
          .append(',');
      Js.string(sb, e.encoded()).append(']');
    }
    sb.append(']');
  }
}
