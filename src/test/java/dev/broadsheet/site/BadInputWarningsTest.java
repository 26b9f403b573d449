package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.broadsheet.cli.ExitCodes;
import dev.broadsheet.cli.Main;
import dev.broadsheet.testing.Sites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Odd input that can still make a sensible page: a warning and a page, exit 0, in bounded time;
 * with {@code --strict} the warnings are errors and the previous site stays.
 */
class BadInputWarningsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path site() {
    return dir.resolve("site");
  }

  private void write(String name, String text) {
    Sites.write(dir, "articles/" + name, text);
  }

  private int run(String... extra) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    List<String> args = new ArrayList<>(List.of("build", "-a", dir.resolve("articles").toString(),
        "-o", site().toString(), "--base-url", "https://example.org/archive/"));
    if (!List.of(extra).contains("-c")) {
      args.addAll(List.of("-c", Sites.write(dir, "empty.yaml", "").toString()));
    }
    args.addAll(List.of(extra));
    return assertTimeoutPreemptively(BOUND, () -> Main.run(new PrintWriter(out, true),
        new PrintWriter(err, true), args.toArray(String[]::new)));
  }

  private List<String> warnings() {
    return err.toString().lines().filter(l -> l.startsWith("warning: ")).toList();
  }

  private void assertNoStackTrace() {
    assertThat(err.toString()).doesNotContain("\tat ", "Exception", "Error:");
  }

  @Test
  void emptyFilesMakeAPageWithAWarning() {
    Sites.write(dir, "articles/empty.md", new byte[0]);
    Sites.write(dir, "articles/empty-raw.txt", new byte[0]);
    write("blank.txt", "\n\n   \n\t\n");
    write("only-front-matter.md", "---\ntitle: Only a title\n---\n");
    write("empty-front-matter.md", "---\n---\nText.\n");
    assertThat(run()).as(err.toString()).isZero();
    assertThat(warnings()).contains("warning: empty.md: has no text",
        "warning: empty-raw.txt: has no text", "warning: blank.txt: has no text",
        "warning: only-front-matter.md: has no text");
    assertThat(site().resolve("articles/empty.html")).exists();
    assertThat(site().resolve("articles/only-a-title.html")).exists();
    assertNoStackTrace();
  }

  @Test
  void strictTurnsEveryWarningIntoAnErrorAndKeepsThePreviousSite() {
    write("a.md", "---\ntitle: Same\n---\nText.\n");
    assertThat(run()).isZero();
    Map<String, byte[]> before = Sites.snapshot(site());
    write("b.md", "---\ntitle: Same\n---\nOther text.\n");
    Sites.write(dir, "articles/empty.md", new byte[0]);
    assertThat(run("--strict")).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString().lines().toList()).containsExactly(
        "error: b.md: slug 'same' is already used by a.md; this article is published as 'same-2'",
        "error: empty.md: has no text",
        "error: --strict: 2 warnings treated as errors; " + site() + " was left as it was");
    assertThat(out.toString()).isEmpty();
    Map<String, byte[]> after = Sites.snapshot(site());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((p, bytes) -> assertThat(after.get(p)).as(p).isEqualTo(bytes));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles", "site", ".broadsheet-cache", "empty.yaml");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(run()).isZero();
    assertThat(run("--strict", "--quiet")).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).contains("error: empty.md: has no text");
  }

  @Test
  void strictPassesACleanArchive() {
    write("a.md", "---\ntitle: Clean\n---\nText.\n");
    assertThat(run("--strict")).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(site().resolve("articles/clean.html")).exists();
  }

  @Test
  void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
    Sites.write(dir, "articles/latin.txt", "Caf\u00e9 cr\u00e8me \u0093quoted\u0094.\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(run()).isZero();
    assertThat(warnings()).containsExactly(
        "warning: latin.txt: is not valid UTF-8; read as Windows-1252");
  }

  @Test
  void duplicateHeadlinesGetUniqueSlugsWithAWarning() {
    for (int i = 1; i <= 3; i++) {
      write("s" + i + ".md", "---\ntitle: Storm hits coast\n---\nText " + i + ".\n");
    }
    assertThat(run()).isZero();
    assertThat(site().resolve("articles/storm-hits-coast.html")).exists();
    assertThat(site().resolve("articles/storm-hits-coast-2.html")).exists();
    assertThat(site().resolve("articles/storm-hits-coast-3.html")).exists();
    assertThat(warnings()).contains("warning: s3.md: slug 'storm-hits-coast' is already used by"
        + " s1.md; this article is published as 'storm-hits-coast-3'");
  }

  @Test
  void slugsTagsSectionsAndAuthorsCannotLeaveTheOutputFolder() throws IOException {
    List<String> hostile = List.of("../../x", "/etc/passwd", "..", ".", "CON", "a\\\\b",
        "nul\\0byte", "C:\\\\Windows", "~/x", "%2e%2e%2fx", "x/../../y");
    int n = 0;
    for (String h : hostile) {
      String q = "\"" + h + "\"";
      write("h" + n++ + ".md", "---\ntitle: " + q + "\nslug: " + q + "\nsection: " + q
          + "\ntags: [" + q + "]\nauthor: " + q + "\nsource: " + q + "\ndate: 2017-05-16\n---\n"
          + "Text.\n");
    }
    Sites.write(dir, "articles/../../escape.md", "x");
    assertThat(run()).as(err.toString()).isZero();
    assertNoStackTrace();
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
          .filter(p -> !p.startsWith("articles/") && !p.startsWith("site/")
              && !p.startsWith(".broadsheet-cache/site/")))
          .containsExactly("empty.yaml");
    }
    // Every page name is plain ASCII with no parent steps, devices or control characters.
    for (String path : Sites.snapshot(site()).keySet()) {
      assertThat(path).matches("[a-z0-9./_-]+").doesNotContain("..")
          .doesNotMatch("(?i).*\\b(con|nul)(\\.|/).*");
    }
    assertThat(site().resolve("articles/etc-passwd.html")).exists();
    assertThat(site().resolve("articles/con-page.html")).exists();
  }

  @Test
  void fileAndFolderNamesInAnyScriptBuild() {
    List<String> names = List.of("Новости дня.md", "新闻报道.txt", "أخبار.md", "🎉 party 🎉.md",
        "e\u0301te\u0301 cafe\u0301.txt", "with  many   spaces.md", "Ελληνικά/άρθρο.md",
        "日本語/記事.txt", "CON.md", "-leading-dash.md", "a b/c d.md");
    for (String name : names) {
      write(name, "Text of " + name + ".\n");
    }
    assertThat(run()).as(err.toString()).isZero();
    assertNoStackTrace();
    long pages = Sites.snapshot(site()).keySet().stream()
        .filter(p -> p.startsWith("articles/")).count();
    assertThat(pages).isEqualTo(names.size());
    assertThat(Sites.snapshot(site()).keySet()).allSatisfy(p -> assertThat(p)
        .matches("[a-z0-9./_-]+"));
    String sections = Sites.read(site().resolve("sections/index.html"));
    assertThat(Jsoup.parse(sections).text()).contains("Ελληνικά", "日本語");
  }

  @ParameterizedTest
  @ValueSource(strings = {"long.txt", "long.md"})
  void aTwoMegabyteLineWithoutANewlineBuildsInBoundedTime(String name) {
    StringBuilder sb = new StringBuilder(2_100_000);
    while (sb.length() < 2 * 1024 * 1024) {
      sb.append("word *and* _more_ [text] \"quoted\" -- ");
    }
    write(name, sb.toString());
    assertThat(run("-q")).as(err.toString()).isZero();
    try (Stream<Path> walk = Files.list(site().resolve("articles"))) {
      assertThat(walk.count()).isEqualTo(1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} x 50,000")
  @ValueSource(strings = {">", "> ", "*", "**", "_", "~~", "[", "![", "- ", "1. ", "  - ", "<div>",
      "<", "`", "> - ", "[a](", "&#", "\\"})
  void markdownNestedFiftyThousandLevelsDeepBuilds(String unit) {
    write("deep.md", unit.repeat(50_000) + "x" + (unit.startsWith("[") || unit.startsWith("!")
        ? "](u)".repeat(50_000) : unit.strip().replace("<", "").repeat(0)) + "\n");
    assertThat(run()).as(err.toString()).isZero();
    assertNoStackTrace();
    assertThat(site().resolve("articles")).isDirectoryContaining(p -> true);
    if (unit.equals("[") || unit.equals("![")) {
      assertThat(warnings()).contains("warning: deep.md:1: square brackets nested more than 100"
          + " deep; the deeper ones are shown as text");
    }
  }

  @Test
  void aLargeArticleBuildsWhenTheLimitIsRaised() {
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    for (int i = 100; i < big.length; i += 100) {
      big[i] = (byte) (i % 5000 == 0 ? '\n' : ' ');
    }
    Sites.write(dir, "articles/big.txt", big);
    assertThat(run("-q")).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).isEqualTo("error: big.txt: is 10.0 MB, more than the limit of"
        + " 5.0 MB; raise max_article_size in broadsheet.yaml to build it\n");
    Path config = Sites.write(dir, "big.yaml", "max_article_size: 12 MB\n");
    assertThat(run("-q", "-c", config.toString())).as(err.toString()).isZero();
    assertThat(site().resolve("articles")).isNotEmptyDirectory();
  }

  @Test
  void symbolicLinksOutOfTheArticlesFolderAreNotFollowed() throws IOException {
    write("real.md", "---\ntitle: Real\n---\nText.\n");
    Path secret = Sites.write(dir, "outside/secret.md", "---\ntitle: Secret\n---\nPrivate.\n");
    Path articles = dir.resolve("articles");
    Files.createSymbolicLink(articles.resolve("leak.md"), secret);
    Files.createSymbolicLink(articles.resolve("passwd.txt"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(articles.resolve("outside-folder"), dir.resolve("outside"));
    Files.createSymbolicLink(articles.resolve("loop"), articles);
    Files.createSymbolicLink(articles.resolve("up"), dir);
    Files.createSymbolicLink(articles.resolve("self.md"), articles.resolve("self.md"));
    Files.createSymbolicLink(articles.resolve("ping.md"), articles.resolve("pong.md"));
    Files.createSymbolicLink(articles.resolve("pong.md"), articles.resolve("ping.md"));
    Files.createSymbolicLink(articles.resolve("alias.md"), articles.resolve("real.md"));
    assertThat(run()).as(err.toString()).isZero();
    assertThat(warnings()).contains(
        "warning: leak.md: skipped: symbolic link to outside the articles folder (links are not"
            + " followed out of the articles folder)",
        "warning: passwd.txt: skipped: symbolic link to outside the articles folder (links are"
            + " not followed out of the articles folder)",
        "warning: self.md: skipped: broken symbolic link, or a loop of links (links are not"
            + " followed out of the articles folder)");
    String all = String.join("\n", Sites.snapshot(site()).keySet());
    assertThat(all).doesNotContain("secret").doesNotContain("passwd");
    assertThat(site().resolve("articles/real.html")).exists();
    assertThat(run("--strict")).isEqualTo(ExitCodes.FAILED);
  }

  @Test
  void theOutputFolderMayNotBeContainOrSitInsideTheInputFolders() {
    write("a.md", "x\n");
    Path templates = dir.resolve("templates");
    Sites.write(templates, "partials/footer.mustache", "<footer>f</footer>\n");
    List<List<String>> bad = List.of(
        List.of("-o", dir.resolve("articles").toString()),
        List.of("-o", dir.resolve("articles/site").toString()),
        List.of("-o", dir.toString()),
        List.of("-t", templates.toString(), "-o", templates.toString()),
        List.of("-t", templates.toString(), "-o", templates.resolve("out").toString()),
        List.of("-o", dir.resolve("articles/./x/..").toString()));
    for (List<String> args : bad) {
      int code = assertTimeoutPreemptively(BOUND, () -> {
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("build", "-q", "-a",
            dir.resolve("articles").toString(), "-c", Sites.write(dir, "e.yaml", "").toString()));
        all.addAll(args);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
            all.toArray(String[]::new));
      });
      assertThat(code).as(args.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(err.toString()).as(args.toString()).startsWith("error: the output folder ")
          .contains("must not be, contain or be inside the input folder").hasLineCount(1);
    }
    assertThat(dir.resolve("articles/a.md")).hasContent("x");
    assertThat(templates.resolve("partials/footer.mustache")).exists();
  }

  @Test
  void controlCharactersAndLineSeparatorsInTextAreHarmless() {
    Sites.write(dir, "articles/ctl.md", ("---\ntitle: \"A\\x01B\\u2028C\\uFFFE\"\n---\n"
        + "Text\u0007 with \u2028 bell\u001b[31m. Entities &#x1; &#xFFFE; &#x85; &#xFDD0;"
        + " &#0; `&#x1;` [x](https://example.org/ \"&#x1;\")\n").getBytes(StandardCharsets.UTF_8));
    Sites.write(dir, "articles/date: 2017-05-16\u0001\u007f\u0085.txt", "Named oddly.\n");
    assertThat(run()).as(err.toString()).isZero();
    // The feeds stay readable XML and the pages valid: what 'broadsheet check' checks.
    assertThat(dev.broadsheet.check.SiteChecker.check(site()).problems()).isEmpty();
    String page = Sites.read(site().resolve("articles/ab-c.html"));
    assertThat(Jsoup.parse(page).selectFirst("h1").text()).isEqualTo("AB C");
    assertThat(page).doesNotContain("\u0001", "\u0007", "\u001b", "\uFFFE", "\uFDD0", "&#1;",
        "\u0085");
  }
}
