package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
  @TempDir
  Path dir;

  private Path articles() {
    return dir.resolve("articles");
  }

  private Path site() {
    return dir.resolve("site");
  }

  private void writeArchive(Path root, List<Integer> order) {
    for (int i : order) {
      Sites.write(root, (i % 3 == 0 ? "world/" : "") + "story-" + i + ".md",
          "---\ntitle: Story number " + (i % 5) + "\n" + (i % 4 == 0 ? "" : "date: 2017-05-"
              + (10 + i % 7) + "\n") + "tags: [t" + (i % 2) + "]\n---\nText of story " + i
              + ". More text.\n");
    }
  }

  @Test
  void theIndexListsNewestFirstAndUndatedLastInAStableOrder() {
    Sites.write(articles(), "b-undated.md", "---\ntitle: B undated\n---\nx\n");
    Sites.write(articles(), "a-undated.md", "---\ntitle: A undated\n---\nx\n");
    Sites.write(articles(), "old.md", "---\ntitle: Old\ndate: 2001-01-01\n---\nx\n");
    Sites.write(articles(), "new.md", "---\ntitle: New\ndate: 2020-01-01T10:00:00Z\n---\nx\n");
    Sites.write(articles(), "new-earlier.md", "---\ntitle: New earlier\ndate: 2020-01-01T09:00:00Z\n---\nx\n");
    BuildResult result = Sites.build(articles(), site());
    Document index = Jsoup.parse(Sites.read(site().resolve("index.html")));
    assertThat(index.select(".story-headline a").eachText())
        .containsExactly("New", "New earlier", "Old", "A undated", "B undated");
    assertThat(result.articlesRead()).isEqualTo(5);
    assertThat(result.pagesWritten()).isEqualTo(Sites.snapshot(site()).keySet().stream()
        .filter(p -> p.endsWith(".html")).count());
  }

  @Test
  void articlePagesLinkToTheirNeighboursAndHome() {
    Sites.write(articles(), "1.md", "---\ntitle: First\ndate: 2001-01-01\n---\nx\n");
    Sites.write(articles(), "2.md", "---\ntitle: Second\ndate: 2002-01-01\n---\nx\n");
    Sites.write(articles(), "3.md", "---\ntitle: Third\ndate: 2003-01-01\n---\nx\n");
    Sites.build(articles(), site());
    Document second = Jsoup.parse(Sites.read(site().resolve("articles/second.html")));
    assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("../articles/first.html");
    assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("../articles/third.html");
    assertThat(second.select(".home-link a").attr("href")).isEqualTo("../index.html");
    Document first = Jsoup.parse(Sites.read(site().resolve("articles/first.html")));
    assertThat(first.select("a[rel=prev]")).isEmpty();
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() {
    Sites.write(articles(), "a.md", "---\ntitle: Ready\n---\nx\n");
    Sites.write(articles(), "b.md", "---\ntitle: Not yet\ndraft: true\n---\nx\n");
    Sites.build(articles(), site());
    assertThat(site().resolve("articles/not-yet.html")).doesNotExist();
    assertThat(Sites.read(site().resolve("index.html"))).doesNotContain("Not yet");
  }

  @Test
  void theSameInputGivesByteIdenticalOutputWhateverTheFileOrder() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      order.add(i);
    }
    writeArchive(dir.resolve("a"), order);
    Collections.shuffle(order, new Random(42));
    writeArchive(dir.resolve("b"), order);
    Sites.build(dir.resolve("a"), dir.resolve("site-a"));
    Sites.build(dir.resolve("b"), dir.resolve("site-b"));
    Map<String, byte[]> a = Sites.snapshot(dir.resolve("site-a"));
    Map<String, byte[]> b = Sites.snapshot(dir.resolve("site-b"));
    assertThat(a.keySet()).hasSizeGreaterThan(60).isEqualTo(b.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aBuildPlannedForASmallHeapMakesTheSameSiteAsOneWithRoom() {
    // A heap of 16 KB for 60 articles: the pages are written in the order of the cache's log,
    // the search fragments' parts wait in temporary files beyond the first kilobyte, and the
    // related stories are worked out after the archive, as for a million articles in 1 GB.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      order.add(i);
    }
    writeArchive(articles(), order);
    BuildOptions options = BuildOptions.of(articles(), dir.resolve("roomy"),
        SiteConfig.defaults(), Sites.CLOCK);
    SiteBuilder.build(options);
    SiteBuilder.build(BuildOptions.of(articles(), site(), SiteConfig.defaults(), Sites.CLOCK),
        16 << 10);
    Map<String, byte[]> roomy = Sites.snapshot(dir.resolve("roomy"));
    Map<String, byte[]> small = Sites.snapshot(site());
    assertThat(small.keySet()).filteredOn(p -> p.startsWith("search/d/")).hasSize(15);
    assertThat(small.keySet()).isEqualTo(roomy.keySet());
    roomy.forEach((path, bytes) -> {
      if (!path.startsWith(".broadsheet")) {
        assertThat(small.get(path)).as(path).isEqualTo(bytes);
      }
    });
    // Again after an edit, through the cache.
    Sites.write(articles(), "story-7.md", "---\ntitle: Story seven, edited\ndate: 2017-05-19\n"
        + "---\nText of story 7, edited.\n");
    SiteBuilder.build(options);
    SiteBuilder.build(BuildOptions.of(articles(), site(), SiteConfig.defaults(), Sites.CLOCK),
        16 << 10);
    Map<String, byte[]> roomyAfter = Sites.snapshot(dir.resolve("roomy"));
    Map<String, byte[]> smallAfter = Sites.snapshot(site());
    assertThat(smallAfter.keySet()).filteredOn(p -> p.startsWith("search/d/")
        && new String(smallAfter.get(p), StandardCharsets.UTF_8).contains("Story seven, edited"))
        .hasSize(1);
    roomyAfter.forEach((path, bytes) -> {
      if (!path.startsWith(".broadsheet")) {
        assertThat(smallAfter.get(path)).as(path).isEqualTo(bytes);
      }
    });
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
    Sites.write(articles(), "good.md", "---\ntitle: Good\n---\nx\n");
    Sites.build(articles(), site());
    Map<String, byte[]> before = Sites.snapshot(site());
    Sites.write(articles(), "zz-bad.md", "---\ndate: 2017-13-45\n---\nx\n");
    Sites.write(articles(), "another.md", "---\ntitle: Another\n---\nx\n");
    assertThatThrownBy(() -> Sites.build(articles(), site()))
        .isInstanceOf(ContentException.class).hasMessageStartingWith("zz-bad.md:2: 'date'");
    Map<String, byte[]> after = Sites.snapshot(site());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).isEqualTo(bytes));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles", "site", ".broadsheet-cache");
    }
  }

  @Test
  void aFolderNotMadeByBroadsheetIsNeverCleared() {
    Sites.write(articles(), "a.md", "x\n");
    Path precious = Sites.write(dir, "site/thesis.docx", "years of work");
    assertThatThrownBy(() -> Sites.build(articles(), site()))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("is not empty and was not made by Broadsheet");
    assertThat(precious).hasContent("years of work");
  }

  @Test
  void aFolderNotMadeByBroadsheetIsRefusedBeforeAnyArticleIsRead() {
    // Were the articles read first, this one's error would come first, after reading them all.
    Sites.write(articles(), "bad.md", "---\ndate: 2017-02-30\n---\nx\n");
    Sites.write(dir, "site/thesis.docx", "years of work");
    assertThatThrownBy(() -> Sites.build(articles(), site()))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("is not empty and was not made by Broadsheet");
  }

  @Test
  void whatAKilledBuildLeftBesideTheSiteGoesWithTheNextBuild() throws Exception {
    Sites.write(articles(), "a.md", "---\ntitle: A\n---\nx\n");
    Sites.build(articles(), site());
    // As a build killed a day ago left them, its process gone: half a new site, and the old
    // one it had moved aside to delete.
    java.nio.file.attribute.FileTime then = java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
    for (String kind : List.of(".site.building-", ".site.old-")) {
      Path left = Sites.write(dir, kind + Integer.MAX_VALUE + "-1/index.html", "half");
      Files.setLastModifiedTime(left, then);
      Files.setLastModifiedTime(left.getParent(), then);
    }
    Sites.build(articles(), site());
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles", "site", ".broadsheet-cache");
    }
  }

  @Test
  void aSiteMadeByBroadsheetIsReplacedWhole() {
    Sites.write(articles(), "a.md", "---\ntitle: A\n---\nx\n");
    Sites.build(articles(), site());
    Sites.write(dir, "site/stale.html", "old");
    Sites.build(articles(), site());
    assertThat(site().resolve("stale.html")).doesNotExist();
    assertThat(site().resolve("articles/a.html")).exists();
    assertThat(site().resolve(OutputWriter.MARKER)).exists();
  }

  @Test
  void theOutputFolderMayNotBeOrContainTheArticles() {
    Sites.write(articles(), "a.md", "x\n");
    assertThatThrownBy(() -> Sites.build(articles(), articles()))
        .isInstanceOf(BuildException.class).hasMessageContaining("must not be");
    assertThatThrownBy(() -> Sites.build(articles(), dir))
        .isInstanceOf(BuildException.class).hasMessageContaining("must not be");
  }

  @Test
  void collidingHeadlinesGetUniquePagesAndAWarning() {
    Sites.write(articles(), "a.md", "---\ntitle: Same\n---\nx\n");
    Sites.write(articles(), "b.md", "---\ntitle: Same\n---\ny\n");
    BuildResult result = Sites.build(articles(), site());
    assertThat(site().resolve("articles/same.html")).exists();
    assertThat(site().resolve("articles/same-2.html")).exists();
    assertThat(result.warnings()).extracting(Object::toString).contains(
        "b.md: slug 'same' is already used by a.md; this article is published as 'same-2'");
  }

  @Test
  void hiddenFilesBackupsAndOtherExtensionsAreSkipped() {
    Sites.write(articles(), "a.md", "---\ntitle: Real\n---\nx\n");
    Sites.write(articles(), ".hidden.md", "x");
    Sites.write(articles(), "a.md~", "x");
    Sites.write(articles(), ".#a.md", "x");
    Sites.write(articles(), "photo.jpg", "x");
    Sites.write(articles(), ".git/config.md", "x");
    BuildResult result = Sites.build(articles(), site());
    assertThat(result.articlesRead()).isEqualTo(1);
    assertThat(result.skipped()).hasSize(5);
  }
}
