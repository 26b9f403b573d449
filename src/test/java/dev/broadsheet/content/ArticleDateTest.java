package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleDateTest {
  /** Fixed offsets, zones with summer time either side of the equator, and a half-hour one. */
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(-11),
      ZoneOffset.ofHoursMinutes(5, 45), ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Kiritimati"));

  @Test
  void theDayIsTheOneItsOwnZoneShows() {
    Random random = new Random(20261203);
    for (int i = 0; i < 20_000; i++) {
      ArticleDate date = randomDate(random);
      assertThat(date.epochDay()).as("%s", date.value())
          .isEqualTo(date.value().toLocalDate().toEpochDay());
    }
  }

  @Test
  void theDayTurnsAtLocalMidnight() {
    ZoneId london = ZoneId.of("Europe/London");
    // 2024-07-01 00:30 in London (summer time) is still 2024-06-30 in UTC.
    ArticleDate summer = new ArticleDate(Instant.parse("2024-06-30T23:30:00Z").getEpochSecond(),
        0, london, false);
    assertThat(summer.epochDay()).isEqualTo(LocalDate.of(2024, 7, 1).toEpochDay());
    ArticleDate beforeEpoch = new ArticleDate(-1, 0, ZoneOffset.UTC, false);
    assertThat(beforeEpoch.epochDay()).isEqualTo(-1);
  }

  @Test
  void isAfterComparesSecondsThenNanoseconds() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      ArticleDate date = randomDate(random);
      Instant other = random.nextBoolean() ? date.instant()
          : date.instant().plusNanos((long) (random.nextDouble() * 3e9) - 1_500_000_000L);
      assertThat(date.isAfter(other)).as("%s against %s", date.instant(), other)
          .isEqualTo(date.instant().isAfter(other));
    }
  }

  private static ArticleDate randomDate(Random random) {
    // From 1900 to 2100, on the second or not.
    long second = -2_208_988_800L + (long) (random.nextDouble() * 6_311_433_600L);
    int nano = random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
    return new ArticleDate(second, nano, ZONES.get(random.nextInt(ZONES.size())),
        random.nextBoolean());
  }
}
