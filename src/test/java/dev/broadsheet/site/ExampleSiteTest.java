package dev.broadsheet.site;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.check.SiteChecker;
import dev.broadsheet.cli.Main;
import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site in the repository: {@code articles/} through {@code templates/} with
 * {@code broadsheet.yaml}, built as the README says, is the committed {@code site/}, and every
 * page of it is valid HTML whose links all resolve.
 */
class ExampleSiteTest {
  private static final Path COMMITTED = Path.of("site");

  @TempDir
  static Path dir;

  private static Path built;

  @BeforeAll
  static void buildTheExample() {
    built = dir.resolve("site");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "build", "--out", built.toString(), "--quiet");
    assertThat(code).as(err.toString()).isZero();
  }

  @Test
  void theCommittedSiteIsExactlyAFreshBuild() {
    Map<String, byte[]> fresh = Sites.snapshot(built);
    Map<String, byte[]> committed = Sites.snapshot(COMMITTED);
    String hint = "site/ is not a fresh build of articles/; rebuild it with"
        + " 'mvn -q package -DskipTests && java -jar target/broadsheet.jar build' and commit it";
    assertThat(committed.keySet()).as(hint).isEqualTo(fresh.keySet());
    // Compared as Latin-1 text, which maps bytes one to one, so a failure shows a readable diff.
    fresh.forEach((path, bytes) -> assertThat(new String(committed.get(path), ISO_8859_1))
        .as(hint + ": " + path).isEqualTo(new String(bytes, ISO_8859_1)));
  }

  /**
   * What 'broadsheet check' checks: links, anchors and references from disk and under a
   * sub-path, well-formed pages, feeds and sitemaps that parse.
   */
  @Test
  void theSiteCheckerFindsNoProblems() {
    assertThat(SiteChecker.check(built).problems()).isEmpty();
  }

  @Test
  void theIndexAndBothSeedArticlesArePresent() {
    assertThat(built.resolve("index.html")).exists();
    assertThat(built.resolve("articles/president-donald-trump-revealed-highly-classified"
        + "-information-to-russian.html")).exists();
    assertThat(built.resolve("articles/donald-trump-has-admitted-he-shared-information-with"
        + "-russia.html")).exists();
  }

  @Test
  void theTwoSeedArticlesAreTheSameStoryAndListEachOtherAsRelated() throws Exception {
    String first = "president-donald-trump-revealed-highly-classified-information-to-russian.html";
    String second = "donald-trump-has-admitted-he-shared-information-with-russia.html";
    assertThat(relatedLinks(first)).first().isEqualTo(second);
    assertThat(relatedLinks(second)).first().isEqualTo(first);
  }

  @Test
  void storiesOnOtherSubjectsAreNotListedAsRelated() throws Exception {
    assertThat(relatedLinks("library-digitises-century-of-newspapers.html")).isEmpty();
    assertThat(relatedLinks("white-house-defends-presidents-disclosure-to-russian-officials.html"))
        .doesNotContain("library-digitises-century-of-newspapers.html",
            "about-this-example-archive.html");
  }

  private static List<String> relatedLinks(String page) throws Exception {
    Document doc = Jsoup.parse(built.resolve("articles").resolve(page).toFile(), "UTF-8");
    return doc.select(".related-list a").eachAttr("href").stream()
        .map(href -> href.replace("../articles/", "")).toList();
  }

  @Test
  void everyPagePassesTheNuHtmlChecker() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(true);
    ObjectMapper json = new ObjectMapper();
    List<String> errors = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(built)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
    for (Path page : pages) {
      JsonNode report = json.readTree(validator.validate(page));
      for (JsonNode m : report.path("messages")) {
        if ("error".equals(m.path("type").asText()) || "fatal".equals(m.path("subType").asText())) {
          errors.add(built.relativize(page) + ":" + m.path("lastLine").asInt() + ": "
              + m.path("message").asText());
        }
      }
    }
    assertThat(errors).isEmpty();
  }
}
