package dev.broadsheet.archive;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The published articles in index order (newest first, undated last) and every way of
 * browsing them: by term and by date. Plain immutable data, built once per build.
 */
public final class Archive {
  private static final long SECONDS_A_DAY = 86_400;
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
    // The dates are grouped beside the taxonomies: each is a pass over every article.
    ForkJoinTask<Dates> dates = ForkJoinPool.commonPool().submit(() -> Dates.of(list));
    Map<TermKind, Taxonomy> taxonomies = new EnumMap<>(TermKind.class);
    // Each kind on its own, in parallel; the map is filled in the kinds' order.
    List<Taxonomy> built = Arrays.stream(TermKind.values()).parallel()
        .map(kind -> Taxonomy.of(kind, list)).toList();
    for (TermKind kind : TermKind.values()) {
      taxonomies.put(kind, built.get(kind.ordinal()));
    }
    Dates grouped = dates.join();
    return new Archive(list, Collections.unmodifiableMap(taxonomies), grouped.years,
        grouped.months, grouped.undated);
  }

  /** The positions of the articles of each year and month, and of the undated ones. */
  private record Dates(NavigableMap<Integer, int[]> years, NavigableMap<YearMonth, int[]> months,
      int[] undated) {
    static Dates of(List<Article> articles) {
      Map<Integer, Positions> byYear = new HashMap<>();
      Map<YearMonth, Positions> byMonth = new HashMap<>();
      Positions undated = new Positions();
      Positions year = null;
      Positions month = null;
      LocalDate last = null;
      for (int i = 0; i < articles.size(); i++) {
        Optional<ArticleDate> date = articles.get(i).date();
        if (date.isEmpty()) {
          undated.add(i);
          continue;
        }
        LocalDate day = localDay(date.get());
        // Articles in index order come a month at a time: most are the last one's month.
        if (last == null || day.getYear() != last.getYear()
            || day.getMonthValue() != last.getMonthValue()) {
          year = byYear.computeIfAbsent(day.getYear(), y -> new Positions());
          month = byMonth.computeIfAbsent(YearMonth.of(day.getYear(), day.getMonthValue()),
              m -> new Positions());
          last = day;
        }
        year.add(i);
        month.add(i);
      }
      return new Dates(newestFirst(byYear), newestFirst(byMonth), undated.toArray());
    }

    /**
     * The day {@code date} falls on where it was written, as its {@code ZonedDateTime} has it,
     * without making one: a large archive asks it of every article.
     */
    private static LocalDate localDay(ArticleDate date) {
      ZoneOffset offset = date.zone().getRules().getOffset(date.instant());
      return LocalDate.ofEpochDay(
          Math.floorDiv(date.epochSecond() + offset.getTotalSeconds(), SECONDS_A_DAY));
    }

    private static <K extends Comparable<K>> NavigableMap<K, int[]> newestFirst(
        Map<K, Positions> groups) {
      TreeMap<K, int[]> result = new TreeMap<>(Collections.reverseOrder());
      groups.forEach((k, v) -> result.put(k, v.toArray()));
      return Collections.unmodifiableNavigableMap(result);
    }
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
