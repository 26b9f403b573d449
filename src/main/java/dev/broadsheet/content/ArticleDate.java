package dev.broadsheet.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A point in time an article names, in the site's time zone.
 *
 * <p>Kept as the instant and the zone, not as a {@link ZonedDateTime}: that is four objects,
 * about 100 bytes, and a build holds one or two for every article to its end. The
 * {@link #value()} is made again when asked for; it is the same, as an instant has one offset
 * in a zone.
 *
 * @param epochSecond the instant's seconds from the epoch: at the start of the day when only a
 *                    date was given
 * @param nano        the instant's nanoseconds within its second
 * @param zone        the time zone it is shown in
 * @param dateOnly    true when the source gave a date without a time, so none is shown
 */
public record ArticleDate(long epochSecond, int nano, ZoneId zone, boolean dateOnly)
    implements Comparable<ArticleDate> {
  public ArticleDate {
    Objects.requireNonNull(zone, "zone");
    if (nano < 0 || nano > 999_999_999) {
      throw new IllegalArgumentException("nanoseconds out of range: " + nano);
    }
    // Throws for an instant a date cannot show, as the value it is made from would have.
    ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano), zone);
  }

  /** {@code value} as a date, shown in its own zone. */
  public ArticleDate(ZonedDateTime value, boolean dateOnly) {
    this(value.toEpochSecond(), value.getNano(), value.getZone(), dateOnly);
  }

  /** The date and time in its zone. */
  public ZonedDateTime value() {
    return ZonedDateTime.ofInstant(instant(), zone);
  }

  public Instant instant() {
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** Whether this is later than {@code instant}. Makes nothing: every article is asked. */
  public boolean isAfter(Instant instant) {
    long second = instant.getEpochSecond();
    return epochSecond > second || epochSecond == second && nano > instant.getNano();
  }

  /**
   * The day in its own zone, in days since 1970-01-01, as {@code value().toLocalDate()} gives
   * it, without the four objects that makes: a rebuild asks it of every article.
   */
  public long epochDay() {
    return Math.floorDiv(epochSecond + offsetSeconds(), 86_400L);
  }

  /**
   * The zone's offset from UTC at this instant, in seconds, as {@code value().getOffset()}
   * gives it, without the objects that makes.
   */
  public int offsetSeconds() {
    return zone instanceof ZoneOffset fixed ? fixed.getTotalSeconds()
        : zone.getRules().getOffset(instant()).getTotalSeconds();
  }

  @Override
  public int compareTo(ArticleDate other) {
    int bySecond = Long.compare(epochSecond, other.epochSecond);
    return bySecond != 0 ? bySecond : Integer.compare(nano, other.nano);
  }
}
