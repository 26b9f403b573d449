package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.Main;
import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts, embargoes and the News sitemap against a pinned build clock. */
class BuildClockTest {
  /** 2017-05-18T12:00:00Z. */
  private static final String EPOCH = "1495108800";

  @TempDir
  Path dir;

  @BeforeEach
  void archive() {
    Sites.write(dir, "articles/old.md", "---\ntitle: Old\ndate: 2017-05-01T09:00:00Z\n---\nx\n");
    Sites.write(dir, "articles/recent.md",
        "---\ntitle: Recent\ndate: 2017-05-17T09:00:00Z\n---\nx\n");
    Sites.write(dir, "articles/embargoed.md",
        "---\ntitle: Embargoed\ndate: 2017-05-18T12:00:01Z\n---\nx\n");
    Sites.write(dir, "articles/draft.md",
        "---\ntitle: Draft\ndate: 2017-05-10\ndraft: true\n---\nx\n");
    Sites.write(dir, "empty.yaml", "base_url: https://news.example.org/\n");
  }

  private int build(Map<String, String> env, String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "-q", "-a",
        dir.resolve("articles").toString(), "-o", dir.resolve("site").toString(), "-c",
        dir.resolve("empty.yaml").toString()));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), env,
        args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  private boolean published(String slug) {
    return dir.resolve("site/articles/" + slug + ".html").toFile().exists();
  }

  @Test
  void sourceDateEpochPinsTheClock() {
    build(Map.of("SOURCE_DATE_EPOCH", EPOCH));
    assertThat(published("old")).isTrue();
    assertThat(published("recent")).isTrue();
    assertThat(published("embargoed")).isFalse();
    assertThat(published("draft")).isFalse();
    assertThat(Sites.read(dir.resolve("site/index.html"))).doesNotContain("Embargoed", "Draft");
  }

  @Test
  void theClockOptionPinsTheClockWhenSourceDateEpochIsUnset() {
    build(Map.of(), "--clock", "2017-05-18T12:00:01Z");
    assertThat(published("embargoed")).isTrue();
    build(Map.of(), "--clock", "2017-05-18T12:00:00Z");
    assertThat(published("embargoed")).isFalse();
  }

  @Test
  void draftsAndFutureArticlesAreIncludedWhenAskedFor() {
    build(Map.of("SOURCE_DATE_EPOCH", EPOCH), "--drafts", "--future");
    assertThat(published("embargoed")).isTrue();
    assertThat(published("draft")).isTrue();
  }

  @Test
  void theNewsSitemapListsArticlesOfTheTwoDaysBeforeTheClock() {
    build(Map.of("SOURCE_DATE_EPOCH", EPOCH));
    String news = Sites.read(dir.resolve("site/news-sitemap.xml"));
    assertThat(news).contains("https://news.example.org/articles/recent.html",
        "<news:publication_date>2017-05-17T09:00:00Z</news:publication_date>",
        "<news:title>Recent</news:title>", "<news:language>en</news:language>");
    assertThat(news).doesNotContain("old.html", "embargoed.html", "draft.html");
    assertThat(Sites.read(dir.resolve("site/robots.txt")))
        .contains("Sitemap: https://news.example.org/news-sitemap.xml");
  }

  @Test
  void theSameClockGivesTheSameSite() {
    build(Map.of("SOURCE_DATE_EPOCH", EPOCH));
    Map<String, byte[]> first = Sites.snapshot(dir.resolve("site"));
    build(Map.of("SOURCE_DATE_EPOCH", EPOCH));
    Map<String, byte[]> second = Sites.snapshot(dir.resolve("site"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((p, b) -> assertThat(second.get(p)).as(p).isEqualTo(b));
  }
}
