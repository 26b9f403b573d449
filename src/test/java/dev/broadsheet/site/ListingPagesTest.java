package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.check.SiteChecker;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.testing.Sites;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Listing pages as a reader browses them: pagination, dates, terms. */
class ListingPagesTest {
  private static final int PAGE_SIZE = 3;

  @TempDir
  Path dir;

  private Path site() {
    return dir.resolve("site");
  }

  private Document page(String path) {
    return Jsoup.parse(Sites.read(site().resolve(path)));
  }

  private void build(int articles) {
    Sites.write(dir, "articles/.keep.txt", ""); // the folder exists even with no articles
    for (int i = 1; i <= articles; i++) {
      Sites.write(dir, String.format("articles/a%02d.md", i), "---\ntitle: Article " + i
          + "\ndate: 2016-" + (i % 2 == 0 ? "11" : "12") + "-" + String.format("%02d", i)
          + "\ntags: [" + (i % 2 == 0 ? "Trump" : "trump") + "]\n---\nText " + i + ".\n");
    }
    Sites.build(dir.resolve("articles"), site(), SiteConfig.defaults().withPageSize(PAGE_SIZE));
  }

  @ParameterizedTest(name = "{0} articles")
  @ValueSource(ints = {0, 1, PAGE_SIZE, PAGE_SIZE + 1, 3 * PAGE_SIZE + 2})
  void theFrontPageIsPaginatedAtTheEdges(int articles) {
    build(articles);
    int pages = Math.max(1, (articles + PAGE_SIZE - 1) / PAGE_SIZE);
    Document first = page("index.html");
    assertThat(first.select(".story")).hasSize(Math.min(articles, PAGE_SIZE));
    if (articles == 0) {
      assertThat(first.select(".empty").text()).isEqualTo("No articles yet.");
    }
    assertThat(site().resolve("page/" + pages + ".html").toFile().exists()).isEqualTo(pages > 1);
    assertThat(site().resolve("page/" + (pages + 1) + ".html")).doesNotExist();
    if (pages == 1) {
      assertThat(first.select(".pagination")).isEmpty();
      return;
    }
    assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("page/2.html");
    assertThat(first.select(".pagination a[rel=last]").attr("href"))
        .isEqualTo("page/" + pages + ".html");
    assertThat(first.select(".pagination a[rel=prev], .pagination a[rel=first]")).isEmpty();
    Document last = page("page/" + pages + ".html");
    assertThat(last.select(".story")).hasSize(articles - (pages - 1) * PAGE_SIZE);
    assertThat(last.select(".pagination a[rel=first]").attr("href")).isEqualTo("../index.html");
    assertThat(last.select(".pagination a[rel=prev]").attr("href"))
        .isEqualTo(pages == 2 ? "../index.html" : "../page/" + (pages - 1) + ".html");
    assertThat(last.select(".pagination a[rel=next], .pagination a[rel=last]")).isEmpty();
    assertThat(last.select(".pagination a[aria-current=page]").text())
        .isEqualTo(String.valueOf(pages));
    assertThat(SiteChecker.check(site()).problems()).isEmpty();
  }

  @Test
  void everyArticleIsListedExactlyOnceAcrossThePages() {
    build(3 * PAGE_SIZE + 2);
    java.util.List<String> listed = new java.util.ArrayList<>(
        page("index.html").select(".story-headline a").eachText());
    for (int p = 2; p <= 4; p++) {
      listed.addAll(page("page/" + p + ".html").select(".story-headline a").eachText());
    }
    assertThat(listed).hasSize(11).doesNotHaveDuplicates()
        .startsWith("Article 11", "Article 9", "Article 7");
  }

  @Test
  void yearAndMonthPagesListTheirArticlesWithCounts() {
    build(7);
    assertThat(page("archive/2016/index.html").select(".count").text()).isEqualTo("7");
    assertThat(page("archive/2016/12/index.html").select(".story-headline a").eachText())
        .containsExactly("Article 7", "Article 5", "Article 3");
    assertThat(page("archive/2016/12/index.html").select("h2.listing-title").text())
        .startsWith("December 2016");
    assertThat(page("archive/2016/11/index.html").select(".count").text()).isEqualTo("3");
    assertThat(page("archive/2016/12/page/2.html").select(".story-headline a").eachText())
        .containsExactly("Article 1");
    Document overview = page("archive/index.html");
    assertThat(overview.select("tbody th a").eachText()).containsExactly("2016");
    assertThat(overview.select("td a").eachText()).containsExactly("3", "4");
    assertThat(overview.select("td a").eachAttr("href"))
        .containsExactly("../archive/2016/11/index.html", "../archive/2016/12/index.html");
    assertThat(SiteChecker.check(site()).problems()).isEmpty();
  }

  @Test
  void undatedArticlesHaveTheirOwnListing() {
    Sites.write(dir, "articles/dated.md", "---\ntitle: Dated\ndate: 2017-01-01\n---\nx\n");
    Sites.write(dir, "articles/undated.md", "---\ntitle: Undated\n---\nx\n");
    Sites.build(dir.resolve("articles"), site());
    assertThat(page("archive/undated/index.html").select(".story-headline a").eachText())
        .containsExactly("Undated");
    assertThat(page("archive/index.html").select(".undated-link a").attr("href"))
        .isEqualTo("../archive/undated/index.html");
  }

  @Test
  void termsAreMergedAcrossCaseWithOnePagePerTermAndAnOverview() {
    build(5);
    assertThat(site().resolve("tags/trump/index.html")).exists();
    assertThat(page("tags/trump/index.html").select(".count").text()).isEqualTo("5");
    assertThat(page("tags/trump/index.html").select(".story")).hasSize(PAGE_SIZE);
    assertThat(page("tags/trump/page/2.html").select(".story")).hasSize(2);
    Document overview = page("tags/index.html");
    assertThat(overview.select(".term-list a").eachText()).containsExactly("trump");
    assertThat(overview.select(".term-list .term-count").text()).isEqualTo("5");
  }

  @Test
  void articlePagesLinkToTheirSectionTagsAuthorsAndSource() {
    Sites.write(dir, "articles/world/a.md", "---\ntitle: A\nauthor: [Ann Lee, Bo Chan]\n"
        + "tags: [Russia, NATO]\nsource: The Daily\ndate: 2017-05-16\n---\nText.\n");
    Sites.build(dir.resolve("articles"), site());
    Document a = page("articles/a.html");
    assertThat(a.select(".kicker a").attr("href")).isEqualTo("../sections/world/index.html");
    assertThat(a.select(".tags a").eachAttr("href")).containsExactly(
        "../tags/russia/index.html", "../tags/nato/index.html");
    assertThat(a.select(".byline a").eachAttr("href")).containsExactly(
        "../authors/ann-lee/index.html", "../authors/bo-chan/index.html",
        "../sources/the-daily/index.html");
    assertThat(a.select(".byline").text()).isEqualTo("By Ann Lee and Bo Chan, The Daily");
    assertThat(a.select(".dateline a").attr("href")).isEqualTo("../archive/2017/05/index.html");
    assertThat(SiteChecker.check(site()).problems()).isEmpty();
  }
}
