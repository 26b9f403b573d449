package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.CleanText;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzz targets: whatever bytes an article file holds, the build either writes a site in which
 * nothing from the article runs as script, or stops with a one-line {@link ContentException};
 * never another exception, never a hang. Without {@code JAZZER_FUZZ} each target replays its seed
 * corpus ({@code ArticleFuzzTestInputs/<method>/} in the test resources) as a regression test.
 */
class ArticleFuzzTest {
  /** A build of one small article that takes longer than this is a finding. */
  private static final Duration SLOW = Duration.ofSeconds(10);
  private static final SiteConfig CONFIG =
      SiteConfig.defaults().withBaseUrl(URI.create("https://example.org/archive/"));

  /* The file names carry a date, so that the article is in the feeds and News sitemap too. */

  @FuzzTest(maxDuration = "10m")
  void markdownArticle(byte[] bytes) {
    buildAndInspect("2017-05-16-story.md", bytes);
  }

  @FuzzTest(maxDuration = "10m")
  void rawTextArticle(byte[] bytes) {
    buildAndInspect("2017-05-16-story.txt", bytes);
  }

  /** Front matter from the fuzzer over a fixed body, so the YAML reader is fuzzed for itself. */
  @FuzzTest(maxDuration = "10m")
  void frontMatter(FuzzedDataProvider data) {
    boolean markdown = data.consumeBoolean();
    String yaml = data.consumeRemainingAsString();
    String text = "---\n" + yaml + "\n---\nThe body of the story. [link](a.html)\n";
    buildAndInspect(markdown ? "world/2017-05-16-story.md" : "world/2017-05-16-story.txt",
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static void buildAndInspect(String name, byte[] bytes) {
    Path dir = tempDir();
    try {
      Sites.write(dir, "articles/" + name, bytes);
      long start = System.nanoTime();
      try {
        Sites.build(dir.resolve("articles"), dir.resolve("site"), CONFIG);
      } catch (ContentException expected) {
        // A one-line message for the user, not a bug dressed up as one.
        assertThat(expected.getMessage()).startsWith(name + ":").doesNotContain("\n")
            .doesNotContain("internal error");
        assertThat(dir.resolve("site")).doesNotExist();
        return;
      } finally {
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("build time").isLessThan(SLOW);
      }
      inspect(dir.resolve("site"));
    } finally {
      delete(dir);
    }
  }

  /** Every page, feed and sitemap of the site parses, and no page runs script from the input. */
  private static void inspect(Path site) {
    List<Path> files = files(site);
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".html")) {
        inspectPage(site, file);
      } else if (name.endsWith(".xml")) {
        try {
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
          throw new AssertionError(site.relativize(file) + " does not parse: " + e, e);
        }
      } else if (name.endsWith(".json")) {
        try {
          new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
          throw new AssertionError(site.relativize(file) + " does not parse: " + e, e);
        }
      }
    }
  }

  private static void inspectPage(Path site, Path page) {
    String html;
    try {
      html = Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String where = site.relativize(page).toString();
    assertThat(CleanText.of(html)).as(where + ": control characters or non-characters")
        .isEqualTo(html);
    Document doc = Jsoup.parse(html);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as(where + ": attribute of <" + e.tagName() + ">").doesNotStartWith("on");
        if (key.equals("href") || key.equals("src") || key.equals("action")
            || key.equals("formaction")) {
          String v = a.getValue().replaceAll("[\\x00-\\x20\\x7F-\\x9F]", "")
              .toLowerCase(Locale.ROOT);
          assertThat(v).as(where + ": " + key).doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:").doesNotStartWith("data:");
        }
      }
    }
    for (Element script : doc.select("script")) {
      if (script.hasAttr("src")) {
        assertThat(script.attr("src")).as(where).endsWith("assets/search.js");
        assertThat(script.data()).isEmpty();
      } else {
        assertThat(script.attr("type")).as(where).isEqualTo("application/ld+json");
      }
    }
    assertThat(doc.select("iframe, object, embed, base, meta[http-equiv],"
        + " form:not(.search-box):not(.search-form)")).as(where).isEmpty();
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("broadsheet-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
