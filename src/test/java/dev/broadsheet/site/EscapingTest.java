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
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an article's metadata says, no markup from it reaches a reader unescaped. */
class EscapingTest {
  private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src",
      "action", "formaction", "srcset", "poster", "xlink:href", "background");
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

  /** Every attack a hostile article can carry, in every field, through every output format. */
  @Test
  void aHostileArticleReachesNoReaderAsMarkupScriptOrBrokenFeed() throws Exception {
    String attack = "</script><script>alert(1)</script>\"><img src=x onerror=alert(1)>]]>"
        + "\u2028\u2029<!--";
    String q = "\"" + attack.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    Sites.write(dir, "articles/hostile.md", String.join("\n", "---",
        "title: " + q, "dek: " + q, "author: [" + q + "]", "source: " + q, "section: " + q,
        "tags: [" + q + ", \"javascript:alert(1)\"]", "summary: " + q, "date: 2017-05-16", "---",
        attack, "",
        "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](jav&#x09;ascript:alert(1))",
        "[d](java&#10;script:alert(1)) [e](vbscript:msgbox(1)) [f](data:text/html,<script>x)",
        "[g]( javascript:alert(1)) [h](&#106;avascript:alert(1)) [i](javascript&colon;alert(1))",
        "![j](javascript:alert(1)) ![k](data:image/svg+xml,<svg onload=alert(1)>)",
        "<javascript:alert(1)> <a href=\"javascript:alert(1)\">raw</a>",
        "<img src=x onerror=alert(1)> <svg onload=alert(1)> <iframe src=x></iframe>",
        "[ref] [ok](https://example.org/) [rel](../index.html#top)", "",
        "[ref]: javascript:alert(1)", "", "```", "</code></pre><script>alert(1)</script>", "```",
        ""));
    Sites.write(dir, "articles/hostile.txt", attack + "\n\n" + attack + " body.\n");
    SiteConfig config = SiteConfig.defaults().withBaseUrl(URI.create("https://example.org/a/"));
    Sites.build(dir.resolve("articles"), dir.resolve("site"), config);

    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    int pages = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".html")) {
        pages++;
        Document doc = Jsoup.parse(Files.readString(file));
        for (Element e : doc.getAllElements()) {
          e.attributes().forEach(a -> {
            assertThat(a.getKey()).as(file + " <" + e.tagName()).doesNotStartWithIgnoringCase("on");
            if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
              String v = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
              assertThat(v).as(file + " " + a).doesNotStartWith("javascript:")
                  .doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
          });
        }
        assertThat(doc.select("img[src=x], svg, iframe, object, embed")).as(file.toString())
            .isEmpty();
        for (Element script : doc.select("script")) {
          assertThat(script.hasAttr("src") ? script.attr("src") : script.attr("type"))
              .as(file.toString()).matches(".*assets/search\\.js|application/ld\\+json");
        }
      } else if (name.endsWith(".xml")) {
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder().parse(file.toFile());
        if (name.equals("feed.xml") || name.equals("rss.xml")) {
          // Read back as text: the markup and "]]>" survive as characters, not as structure.
          assertThat(xml.getDocumentElement().getTextContent())
              .contains("</script><script>alert(1)</script>\"><img src=x onerror=alert(1)>]]>");
        }
      } else if (name.endsWith(".json")) {
        new ObjectMapper().readTree(file.toFile());
      }
    }
    assertThat(pages).isGreaterThan(10);
    Document article = Jsoup.parse(Sites.read(dir.resolve("site/articles/"
        + "script-script-alert-1-script-img-src-x-onerror-alert-1.html")));
    assertThat(article.select(".article-body a").eachText()).containsExactly("ok", "rel");
    // Only the link that leaves the site is marked nofollow.
    assertThat(article.select(".article-body a[rel=nofollow]").eachText()).containsExactly("ok");
    assertThat(article.selectFirst(".article-body").text()).contains("<img src=x onerror",
        "</code></pre><script>");
  }

  @Test
  void rawHtmlIsPassedThroughOnlyWhenTheConfigAllowsIt() {
    Sites.write(dir, "articles/a.md", "---\ntitle: A\n---\nSome <b>bold</b> text.\n\n"
        + "<div class=\"box\">Box</div>\n\n[x](javascript:alert(1))\n");
    Sites.build(dir.resolve("articles"), dir.resolve("site"));
    Document escaped = Jsoup.parse(Sites.read(dir.resolve("site/articles/a.html")));
    assertThat(escaped.select(".article-body b, .article-body div.box")).isEmpty();
    assertThat(escaped.selectFirst(".article-body").text()).contains("<b>bold</b>");
    Sites.build(dir.resolve("articles"), dir.resolve("site"),
        SiteConfig.defaults().withRawHtml(true));
    Document raw = Jsoup.parse(Sites.read(dir.resolve("site/articles/a.html")));
    assertThat(raw.select(".article-body b").text()).isEqualTo("bold");
    assertThat(raw.select(".article-body div.box").text()).isEqualTo("Box");
    assertThat(raw.select(".article-body a")).isEmpty();
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
