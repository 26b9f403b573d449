package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.testing.Sites;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an article's metadata says, no markup from it reaches a reader unescaped. */
class EscapingTest {
  private static final String ATTACK = "<script>alert(1)</script></script><!--\"'&";

  @TempDir
  Path dir;

  @Test
  void scriptInEveryFrontMatterFieldNeverReachesAPage() throws Exception {
    String quoted = "'" + ATTACK.replace("'", "''") + "'";
    String fm = String.join("\n", "---",
        "title: " + quoted, "dek: " + quoted, "author: [" + quoted + "]", "source: " + quoted,
        "section: " + quoted, "tags: [" + quoted + "]", "summary: " + quoted,
        "slug: " + quoted, "extra_key: " + quoted, "date: 2017-05-16", "---",
        "Body " + ATTACK, "", "<script>alert(2)</script>", "",
        "[click](javascript:alert(3)) ![img](javascript:alert(4))", "");
    Sites.write(dir, "articles/evil.md", fm);
    Sites.write(dir, "articles/evil.txt", ATTACK + "\n\n" + ATTACK + " body.\n");
    SiteConfig config = SiteConfig.defaults().withBaseUrl(URI.create("https://example.org/"));
    Sites.build(dir.resolve("articles"), dir.resolve("site"), config);

    List<Path> pages;
    try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    // Articles, and every listing that shows the attack as a section, tag, author or source.
    assertThat(pages).hasSizeGreaterThan(10);
    ObjectMapper json = new ObjectMapper();
    for (Path page : pages) {
      String html = Files.readString(page);
      assertThat(html).doesNotContain("<script>alert").doesNotContain("javascript:")
          .doesNotContain("<!--\"");
      Document doc = Jsoup.parse(html);
      for (Element script : doc.select("script[src]")) {
        assertThat(script.attr("src")).endsWith("assets/search.js");
        assertThat(script.data()).isEmpty();
      }
      for (Element script : doc.select("script:not([src])")) {
        assertThat(script.attr("type")).isEqualTo("application/ld+json");
        assertThat(script.data()).doesNotContainIgnoringCase("</script").doesNotContain("<!--");
        JsonNode ld = json.readTree(script.data());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).contains("<script>");
      }
      // What the parser sees as text is the attack, shown, not run.
      assertThat(doc.select("h1, h2 a").eachText()).allSatisfy(t -> assertThat(t).isNotEmpty());
    }
    Document md = pages.stream().map(p -> Jsoup.parse(Sites.read(p)))
        .filter(d -> d.selectFirst(".dek") != null).findFirst().orElseThrow();
    assertThat(md.selectFirst("h1.headline").text()).isEqualTo(ATTACK);
    assertThat(md.selectFirst(".dek").text()).isEqualTo(ATTACK);
    assertThat(md.select("meta[property=article:tag]").attr("content")).isEqualTo(ATTACK);
    assertThat(md.select("meta[name=description]").attr("content")).isEqualTo(ATTACK);
    assertThat(md.selectFirst(".article-body").text()).contains("<script>alert(2)</script>");
  }

  @Test
  void slugsTagsAndFileNamesCannotLeaveTheOutputFolder() throws Exception {
    Sites.write(dir, "articles/a.md", "---\nslug: ../../../escaped\ntitle: x\n---\nText.\n");
    Sites.write(dir, "articles/..b.md", "---\ntitle: ../../escaped2\n---\nText.\n");
    Sites.build(dir.resolve("articles"), dir.resolve("out/site"));
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .filter(p -> !p.startsWith("articles/") && !p.startsWith("out/site/")
              && !p.startsWith("out/.broadsheet-cache/site/")))
          .isEmpty();
    }
    assertThat(dir.resolve("out/site/articles/escaped.html")).exists();
  }
}
