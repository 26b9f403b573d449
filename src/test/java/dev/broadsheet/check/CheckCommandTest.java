package dev.broadsheet.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.ExitCodes;
import dev.broadsheet.cli.Main;
import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code broadsheet check}: a clean site exits 0; each broken fixture, a small clean site with one
 * thing broken, exits 1 with the expected "file: problem" line.
 */
class CheckCommandTest {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>%s</title>
      <link rel="stylesheet" href="%sassets/style.css"></head>
      <body><h1 id="top-heading">%s</h1>%s</body>
      </html>
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path site() {
    return dir.resolve("site");
  }

  private static String page(String title, String root, String body) {
    return String.format(PAGE, title, root, title, body);
  }

  @BeforeEach
  void writeACleanSite() {
    Sites.write(site(), "index.html", page("Home", "", "<a href=\"articles/a.html#part\">A</a>"
        + " <a href=\"https://example.org/\">out</a> <a href=\"mailto:x@example.org\">mail</a>"
        + " <a href=\"#top-heading\">top</a> <img src=\"assets/p%201.png\" alt=\"\">"));
    Sites.write(site(), "articles/a.html", page("A", "../", "<p id=\"part\">Part</p>"
        + "<a href=\"../index.html\">home</a> <a href=\"b.html\">b</a>"));
    Sites.write(site(), "articles/b.html", page("B", "../", "<a href=\"a.html#part\">a</a>"));
    Sites.write(site(), "assets/style.css", "body{}");
    Sites.write(site(), "assets/p 1.png", "png");
    Sites.write(site(), "feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/"
        + "Atom\"><title>t</title></feed>");
    Sites.write(site(), "sitemap.xml", "<urlset><url><loc>https://e.org/</loc></url></urlset>");
    Sites.write(site(), "feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\"}");
  }

  private int check(Path folder) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "check",
        folder.toString());
  }

  @Test
  void aCleanSiteExitsZero() {
    assertThat(check(site())).as(out.toString()).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("Checked " + site() + ": 3 pages, 8 files, no problems\n");
  }

  @Test
  void theExampleSiteIsClean() {
    assertThat(check(Path.of("site"))).as(out.toString()).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aFreshlyBuiltSiteIsClean() {
    Sites.write(dir, "articles/world/a.md", "---\ntitle: A\ndate: 2017-05-16\ntags: [x, y]\n"
        + "author: Ann\n---\nText with [a link](https://example.org/) and a [fragment](#top).\n");
    Sites.write(dir, "articles/b.txt", "Storm hits coast\n\nText.\n");
    Sites.build(dir.resolve("articles"), dir.resolve("built"),
        dev.broadsheet.config.SiteConfig.defaults()
            .withBaseUrl(java.net.URI.create("https://example.org/archive/")));
    assertThat(check(dir.resolve("built"))).as(out.toString()).isZero();
  }

  @Test
  void aMissingFolderIsOneLineAndExitOne() {
    assertThat(check(dir.resolve("nowhere"))).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).isEqualTo("error: site folder " + dir.resolve("nowhere")
        + " does not exist\n");
  }

  static Stream<Arguments> brokenSites() {
    return Stream.of(
        Arguments.of("articles/b.html", page("B", "../", "<a href=\"c.html\">c</a>"),
            "articles/b.html: <a href=\"c.html\">: no such file"),
        Arguments.of("articles/b.html", page("B", "../", "<a href=\"../articles\">all</a>"),
            "articles/b.html: <a href=\"../articles\">: names a folder, not a file; from disk it"
                + " does not open ../articles/index.html"),
        Arguments.of("articles/b.html", page("B", "../", "<a href=\"/index.html\">home</a>"),
            "articles/b.html: <a href=\"/index.html\">: root-absolute; it breaks from disk and"
                + " under a sub-path (make it relative)"),
        Arguments.of("articles/b.html", page("B", "../", "<a href=\"../../x.html\">x</a>"),
            "articles/b.html: <a href=\"../../x.html\">: leaves the site"),
        Arguments.of("articles/b.html", page("B", "../", "<a href=\"a.html#nope\">a</a>"),
            "articles/b.html: <a href=\"a.html#nope\">: no element with id 'nope' in"
                + " articles/a.html"),
        Arguments.of("articles/b.html",
            page("B", "../", "<img src=\"../assets/gone.png\" alt=\"\">"),
            "articles/b.html: <img src=\"../assets/gone.png\">: no such file"),
        Arguments.of("articles/b.html",
            page("B", "../", "<script src=\"../assets/x.js\"></script>"),
            "articles/b.html: <script src=\"../assets/x.js\">: no such file"),
        Arguments.of("articles/b.html", page("B", "../", "<p id=\"x\">1</p><p id=\"x\">2</p>"),
            "articles/b.html: id 'x' is used more than once"),
        Arguments.of("articles/b.html", page("B", "../", "").replace(" lang=\"en\"", ""),
            "articles/b.html: <html> has no lang attribute"),
        Arguments.of("articles/b.html", page("", "../", ""),
            "articles/b.html: has no <title>, or an empty one"),
        Arguments.of("articles/b.html", page("B", "../", "").replace("<!DOCTYPE html>\n", ""),
            "articles/b.html: does not start with <!DOCTYPE html>"),
        Arguments.of("articles/b.html", page("B", "../", "<div><p>x</span></div>"),
            "articles/b.html: not well-formed HTML at character"),
        Arguments.of("articles/b.html", page("B", "../", "<p title=\"a\" title=\"b\">x</p>"),
            "articles/b.html: not well-formed HTML at character"),
        Arguments.of("feed.xml", "<feed><title>t</feed>",
            "feed.xml: is not well-formed XML at line 1"),
        Arguments.of("sitemap.xml", "<urlset><url><loc>a & b</loc></url></urlset>",
            "sitemap.xml: is not well-formed XML at line 1"),
        Arguments.of("rss.xml",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><rss>&e;</rss>",
            "rss.xml: is not well-formed XML at line 1"),
        Arguments.of("feed.json", "{\"items\": [}", "feed.json: is not valid JSON"),
        Arguments.of("assets/style.css", null,
            "index.html: <link href=\"assets/style.css\">: no such file"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenSites")
  void aBrokenSiteExitsOneWithTheProblem(String file, String content, String expected)
      throws Exception {
    if (content == null) {
      Files.delete(site().resolve(file));
    } else {
      Sites.write(site(), file, content);
    }
    assertThat(check(site())).isEqualTo(ExitCodes.FAILED);
    assertThat(out.toString().lines()).anySatisfy(l -> assertThat(l).startsWith(expected));
    assertThat(err.toString()).doesNotContain("\tat ").contains("problem");
  }
}
