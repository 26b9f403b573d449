package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata an article is built from comes back exactly as it was given. */
class ArticleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Article article(String headline, String dek, String summary) {
    return new Article(new SourceFile(Path.of("articles"), "world/a.md"), "a-slug", headline,
        dek, List.of("Ann Lee", "Bo Li"), "The Ledger", "World", List.of("Trade"), summary,
        Optional.of(new ArticleDate(ZonedDateTime.of(2021, 3, 4, 5, 6, 7, 0, NEW_YORK), false)),
        Optional.empty(), false, 460, Optional.empty(), Map.of("kicker", "Exclusive"));
  }

  @Test
  void headlineDekAndSummaryComeBackAsGivenWhateverTheirScript() {
    String headline = "“Żółć” — naïve café owners quit ☕ in 東京";
    String summary = "Prices rose 5 % in a year, said the ‘owner’. 𝄞 Music too.";
    Article a = article(headline, "", summary);

    assertThat(a.headline()).isEqualTo(headline);
    assertThat(a.dek()).isEmpty();
    assertThat(a.summary()).isEqualTo(summary);
    Article withDek = article("Plain", "A dek — with a dash", "");
    assertThat(withDek.headline()).isEqualTo("Plain");
    assertThat(withDek.dek()).isEqualTo("A dek — with a dash");
    assertThat(withDek.summary()).isEmpty();
  }

  @Test
  void textsKeptInAStoreReadBackAsGivenAndAStoreThatChangesIsFoundOut() {
    Article a = article("“Harbour” reopens ☕", "After 東京 talks", "Ships sail again. 𝄞");
    byte[] store = new byte[1000];
    byte[] texts = a.texts().utf8();
    System.arraycopy(texts, 0, store, 300, texts.length);
    List<Long> reads = new java.util.ArrayList<>();
    TextStore memory = (position, length) -> {
      reads.add(position);
      return java.util.Arrays.copyOfRange(store, (int) position, (int) position + length);
    };
    Article kept = a.withTextsIn(memory, 300);

    assertThat(kept).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(kept.withSlug("other").withNames(n -> n).withSlug("a-slug")).isEqualTo(a);
    reads.clear();
    ArticleTexts read = kept.texts();
    assertThat(List.of(read.headline(), read.dek(), read.summary()))
        .containsExactly("“Harbour” reopens ☕", "After 東京 talks", "Ships sail again. 𝄞");
    assertThat(reads).containsExactly(300L);
    // What is handed out is a copy: changing it changes nothing kept.
    read.utf8()[0] = 'X';
    assertThat(kept.headline()).isEqualTo("“Harbour” reopens ☕");

    store[305] ^= 1;
    assertThatThrownBy(kept::summary).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("world/a.md");
  }

  @Test
  void aNewSlugOrSharedNamesChangeNothingElse() {
    Article a = article("Headline", "Dek", "Summary.");
    Article renamed = a.withSlug("other");
    assertThat(renamed.slug()).isEqualTo("other");
    assertThat(renamed.withSlug("a-slug")).isEqualTo(a).hasSameHashCodeAs(a);

    Article shared = a.withNames(name -> name.toUpperCase(java.util.Locale.ROOT));
    assertThat(shared.authors()).containsExactly("ANN LEE", "BO LI");
    assertThat(shared.publication()).isEqualTo("THE LEDGER");
    assertThat(shared.section()).isEqualTo("WORLD");
    assertThat(shared.tags()).containsExactly("TRADE");
    assertThat(shared.headline()).isEqualTo("Headline");
    assertThat(shared.summary()).isEqualTo("Summary.");
    assertThat(shared.extra()).containsEntry("kicker", "Exclusive");
    assertThat(shared).isNotEqualTo(a);
  }

  @Test
  void articlesDifferingInOneTextAreNotEqual() {
    assertThat(article("A", "B", "C")).isEqualTo(article("A", "B", "C"));
    // The same bytes split differently between headline and dek are a different article.
    assertThat(article("AB", "", "C")).isNotEqualTo(article("A", "B", "C"));
    assertThat(article("A", "B", "C").toString()).contains("headline=A", "dek=B", "summary=C");
  }

  @Test
  void aTimeInTheHourThatDaylightSavingRepeatsKeepsItsOffset() {
    LocalDateTime twice = LocalDateTime.of(2021, 11, 7, 1, 30);
    ZonedDateTime daylight = twice.atZone(NEW_YORK).withEarlierOffsetAtOverlap();
    ZonedDateTime standard = twice.atZone(NEW_YORK).withLaterOffsetAtOverlap();

    assertThat(new ArticleDate(daylight, false).value()).isEqualTo(daylight);
    assertThat(new ArticleDate(standard, false).value()).isEqualTo(standard);
    assertThat(new ArticleDate(daylight, false)).isLessThan(new ArticleDate(standard, false));
    assertThat(new ArticleDate(daylight, true).dateOnly()).isTrue();
  }

  @Test
  void aDateOrdersByItsInstantDownToTheNanosecond() {
    ZonedDateTime t = ZonedDateTime.of(2020, 1, 1, 12, 0, 0, 5, ZoneOffset.UTC);
    ArticleDate earlier = new ArticleDate(t, false);
    ArticleDate later = new ArticleDate(t.plusNanos(1), false);
    ArticleDate elsewhere = new ArticleDate(t.withZoneSameInstant(NEW_YORK), false);

    assertThat(earlier).isLessThan(later);
    assertThat(earlier.compareTo(elsewhere)).isZero();
    assertThat(elsewhere.value().getHour()).isEqualTo(7);
  }

  @Test
  void aDateNoCalendarCanShowIsRefused() {
    assertThatThrownBy(() -> new ArticleDate(Long.MAX_VALUE, 0, ZoneOffset.UTC, false))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> new ArticleDate(0, 1_000_000_000, ZoneOffset.UTC, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
