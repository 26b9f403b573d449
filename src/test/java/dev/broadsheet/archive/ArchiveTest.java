package dev.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.SourceFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArchiveTest {
  private static Article dated(int n, Optional<ArticleDate> date) {
    return new Article(new SourceFile(Path.of("."), "a" + n + ".md"), "a" + n, "H", "",
        List.of(), "", "", List.of(), "", date, Optional.empty(), false, 1, Optional.empty(),
        Map.of());
  }

  private static Article dated(int n, String when) {
    return dated(n, Optional.of(new ArticleDate(ZonedDateTime.parse(when), false)));
  }

  @Test
  void anArticleIsFiledUnderTheMonthItWasWrittenInWhereItWasWritten() {
    // Newest first by the instant: 23:50 in London, then 00:30 on the 1st in Paris, which is
    // earlier, then the evening before in New York, which is in the old year in New York only.
    Archive archive = Archive.of(List.of(
        dated(0, "2020-01-31T23:50Z[Europe/London]"),
        dated(1, "2020-02-01T00:30+01:00[Europe/Paris]"),
        dated(2, "2019-12-31T20:00-05:00[America/New_York]"),
        dated(3, "2020-01-01T00:30+01:00[Europe/Paris]"),
        dated(4, Optional.empty())));
    assertThat(archive.months().keySet()).containsExactly(YearMonth.of(2020, 2),
        YearMonth.of(2020, 1), YearMonth.of(2019, 12));
    assertThat(archive.months().get(YearMonth.of(2020, 1))).containsExactly(0, 3);
    assertThat(archive.months().get(YearMonth.of(2020, 2))).containsExactly(1);
    assertThat(archive.months().get(YearMonth.of(2019, 12))).containsExactly(2);
    assertThat(archive.years().keySet()).containsExactly(2020, 2019);
    assertThat(archive.years().get(2020)).containsExactly(0, 1, 3);
    assertThat(archive.undated()).containsExactly(4);
  }

  @Test
  void monthsAndYearsAreThoseEachDateGivesInItsOwnZone() {
    Random random = new Random(20261203);
    String[] zones = {"UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati",
        "Pacific/Pago_Pago", "Asia/Kolkata", "Australia/Lord_Howe"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      long second = 946_684_800L + random.nextInt(25 * 365 * 86_400);
      ZonedDateTime when = ZonedDateTime.ofInstant(Instant.ofEpochSecond(second),
          ZoneId.of(zones[random.nextInt(zones.length)]));
      articles.add(random.nextInt(50) == 0 ? dated(i, Optional.empty())
          : dated(i, Optional.of(new ArticleDate(when, random.nextBoolean()))));
    }
    Archive archive = Archive.of(articles);
    for (int i = 0; i < articles.size(); i++) {
      Optional<ArticleDate> date = articles.get(i).date();
      if (date.isEmpty()) {
        assertThat(archive.undated()).contains(i);
        continue;
      }
      ZonedDateTime value = date.get().value();
      assertThat(archive.months().get(YearMonth.from(value))).as("article %d", i).contains(i);
      assertThat(archive.years().get(value.getYear())).as("article %d", i).contains(i);
    }
    int listed = archive.undated().length;
    for (int[] positions : archive.months().values()) {
      listed += positions.length;
      assertThat(positions).isSorted();
    }
    assertThat(listed).isEqualTo(articles.size());
  }
}
