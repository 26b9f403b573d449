package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A point in time an article names, in the site's time zone.
 *
 * @param value    the instant, at the start of the day when only a date was given
 * @param dateOnly true when the source gave a date without a time, so none is shown
 */
public record ArticleDate(ZonedDateTime value, boolean dateOnly) implements Comparable<ArticleDate> {
  public ArticleDate {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(ArticleDate other) {
    return value.toInstant().compareTo(other.value.toInstant());
  }
}
