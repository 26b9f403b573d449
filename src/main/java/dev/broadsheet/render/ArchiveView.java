package dev.broadsheet.render;

import java.util.List;

/**
 * The date archive's overview: a row per year with a cell per month, like a calendar.
 *
 * @param page          layout data
 * @param years         newest first
 * @param monthNames    the twelve month abbreviations, for the table header
 * @param undatedCount  articles without a date
 * @param undatedUrl    link to their listing, or empty when there are none
 */
public record ArchiveView(PageView page, List<Year> years, List<String> monthNames,
    int undatedCount, String undatedUrl) {
  public ArchiveView {
    years = List.copyOf(years);
    monthNames = List.copyOf(monthNames);
  }

  public boolean hasYears() {
    return !years.isEmpty();
  }

  /** A year's row: link, count and twelve month cells. */
  public record Year(int year, String url, int count, List<Month> months) {
    public Year {
      months = List.copyOf(months);
    }
  }

  /**
   * A month's cell; {@code url} is empty for a month without articles.
   *
   * @param name the month's full name and year, e.g. "May 2017", for screen readers
   */
  public record Month(String name, String url, int count) {
    public boolean hasArticles() {
      return count > 0;
    }
  }
}
