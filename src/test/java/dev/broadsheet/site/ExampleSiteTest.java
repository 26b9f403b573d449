package dev.broadsheet.site;

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
    fresh.forEach((path, bytes) -> assertThat(committed.get(path)).as(hint + ": " + path)
        .isEqualTo(bytes));
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
