package dev.broadsheet.archive;

import dev.broadsheet.content.Article;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The published articles in index order (newest first, undated last) and every way of
 * browsing them: by term and by date. Plain immutable data, built once per build.
 */
public final class Archive {
  private final List<Article> articles;
  private final Map<TermKind, Taxonomy> taxonomies;
  private final NavigableMap<Integer, int[]> years;
  private final NavigableMap<YearMonth, int[]> months;
  private final int[] undated;

  private Archive(List<Article> articles, Map<TermKind, Taxonomy> taxonomies,
      NavigableMap<Integer, int[]> years, NavigableMap<YearMonth, int[]> months, int[] undated) {
    this.articles = articles;
    this.taxonomies = taxonomies;
    this.years = years;
    this.months = months;
    this.undated = undated;
  }

  /** @param articles already in index order */
  public static Archive of(List<Article> articles) {
    List<Article> list = List.copyOf(articles);
    Map<TermKind, Taxonomy> taxonomies = new EnumMap<>(TermKind.class);
    // Each kind on its own, in parallel; the map is filled in the kinds' order.
    List<Taxonomy> built = Arrays.stream(TermKind.values()).parallel()
        .map(kind -> Taxonomy.of(kind, list)).toList();
    for (TermKind kind : TermKind.values()) {
      taxonomies.put(kind, built.get(kind.ordinal()));
    }
    TreeMap<Integer, List<Integer>> byYear = new TreeMap<>(Collections.reverseOrder());
    TreeMap<YearMonth, List<Integer>> byMonth = new TreeMap<>(Collections.reverseOrder());
    List<Integer> none = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).date().isEmpty()) {
        none.add(i);
        continue;
      }
      // Made from the instant each time it is asked for: once here.
      ZonedDateTime d = list.get(i).date().get().value();
      byYear.computeIfAbsent(d.getYear(), y -> new ArrayList<>()).add(i);
      byMonth.computeIfAbsent(YearMonth.from(d), m -> new ArrayList<>()).add(i);
    }
    return new Archive(list, Collections.unmodifiableMap(taxonomies), toArrays(byYear),
        toArrays(byMonth), none.stream().mapToInt(Integer::intValue).toArray());
  }

  private static <K> NavigableMap<K, int[]> toArrays(TreeMap<K, List<Integer>> map) {
    TreeMap<K, int[]> result = new TreeMap<>(map.comparator());
    map.forEach((k, v) -> result.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return Collections.unmodifiableNavigableMap(result);
  }

  /** Every published article, newest first, undated last. */
  public List<Article> articles() {
    return articles;
  }

  public Taxonomy taxonomy(TermKind kind) {
    return taxonomies.get(kind);
  }

  /** Years with articles, newest first, each with its articles' positions. */
  public NavigableMap<Integer, int[]> years() {
    return years;
  }

  /** Months with articles, newest first. */
  public NavigableMap<YearMonth, int[]> months() {
    return months;
  }

  /** Positions of the undated articles. */
  public int[] undated() {
    return undated;
  }

  /** The articles at {@code positions}, in that order. */
  public List<Article> select(int[] positions) {
    List<Article> result = new ArrayList<>(positions.length);
    for (int p : positions) {
      result.add(articles.get(p));
    }
    return result;
  }
}
