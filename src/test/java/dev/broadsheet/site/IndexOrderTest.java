package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.SourceFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexOrderTest {
  private static Article dated(int i, Optional<ZonedDateTime> date) {
    return new Article(new SourceFile(Path.of("articles"), String.format("a%05d.md", i)),
        "s" + i, "Headline " + i, "", List.of(), "", "", List.of(), "",
        date.map(d -> new ArticleDate(d, false)), Optional.empty(), false, 100,
        Optional.empty(), Map.of());
  }

  /** Newest first, then undated; ties, and the undated, in the order given (by path). */
  private static int[] expected(List<Article> articles) {
    Comparator<Integer> newestFirst = Comparator.comparing(
        (Integer i) -> articles.get(i).date().isEmpty())
        .thenComparing(i -> articles.get(i).date().map(d -> d.value().toInstant())
            .orElse(Instant.EPOCH), Comparator.reverseOrder())
        .thenComparing(i -> i);
    return IntStream.range(0, articles.size()).boxed().sorted(newestFirst)
        .mapToInt(Integer::intValue).toArray();
  }

  @Test
  void theArchiveIsNewestFirstWithTiesAndUndatedInPathOrder() {
    Random random = new Random(8);
    for (int round = 0; round < 200; round++) {
      List<Article> articles = new ArrayList<>();
      int n = random.nextInt(60);
      // Few distinct seconds, so that ties and fractions of a second are common; some years
      // far from now, some too far to pack.
      long spread = round % 10 == 0 ? 4_000_000_000_000L : 5;
      for (int i = 0; i < n; i++) {
        Optional<ZonedDateTime> date = random.nextInt(6) == 0 ? Optional.empty()
            : Optional.of(Instant.ofEpochSecond(1_500_000_000L
                + (long) (random.nextGaussian() * spread), random.nextInt(3) * 1000)
                .atZone(ZoneOffset.ofHours(random.nextInt(5))));
        articles.add(dated(i, date));
      }
      assertThat(IndexOrder.of(articles)).as("round %d", round)
          .containsExactly(expected(articles));
    }
  }
}
