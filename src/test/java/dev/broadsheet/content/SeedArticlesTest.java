package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.markdown.MarkdownService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two raw-text articles the project was created from: what a reader sees of them. */
class SeedArticlesTest {
  private static final Path ARTICLES = Path.of("articles");
  private final ArticleLoader loader =
      new ArticleLoader(SiteConfig.defaults(), MarkdownService.create());

  private ArticleLoader.Loaded load(String name) {
    return loader.load(new SourceFile(ARTICLES, name));
  }

  @Test
  void firstSeedGetsAHeadlineFromItsLedeWithoutTheAttribution() {
    Article a = load("000_7bce4a2d27308f99.txt").article();
    assertThat(a.headline()).isEqualTo(
        "President Donald Trump revealed highly classified information to Russian diplomats"
            + " in a meeting");
    assertThat(a.headline()).doesNotContain("report claims").hasSizeLessThanOrEqualTo(100);
    assertThat(a.slug()).isEqualTo(
        "president-donald-trump-revealed-highly-classified-information-to-russian");
    assertThat(a.summary()).startsWith("President Donald Trump revealed")
        .endsWith("at risk.").hasSizeLessThanOrEqualTo(300);
    assertThat(a.caption()).isEmpty();
    assertThat(a.date()).isEmpty();
    assertThat(a.wordCount()).isBetween(560, 640);
    assertThat(a.readingMinutes()).isEqualTo(3);
  }

  @Test
  void secondSeedGetsAHeadlineThatStopsBeforeTheQuotation() {
    Article a = load("003_1c9ceca01bd90d86.txt").article();
    assertThat(a.headline()).isEqualTo("Donald Trump has admitted he shared information with Russia");
    assertThat(a.summary()).startsWith("Donald Trump has admitted")
        .endsWith("in the White House.").hasSizeLessThanOrEqualTo(300);
  }

  @Test
  void secondSeedEndsInAPhotoCaptionWithItsCreditNotInBodyParagraphs() {
    ArticleLoader.Loaded loaded = load("003_1c9ceca01bd90d86.txt");
    Caption caption = loaded.article().caption().orElseThrow();
    assertThat(caption.text())
        .isEqualTo("Trump has defended his \u2018absolute right\u2019 to share information with Russia");
    assertThat(caption.credit()).isEqualTo("Reuters");
    assertThat(caption.label()).isEqualTo("Trump");
    String body = loaded.bodyHtml().get();
    assertThat(body).doesNotContain("Reuters").doesNotContain("<p>Trump</p>");
    assertThat(body.strip()).endsWith("were allowed inside.</p>");
  }

  @Test
  void seedsAreKeptByteForByteAsGiven() throws IOException {
    Path shared = Path.of("../shared/seeds");
    if (!Files.isDirectory(shared)) {
      return; // the shared folder sits beside a checkout only in the project's workplace
    }
    for (String name : new String[] {"000_7bce4a2d27308f99.txt", "003_1c9ceca01bd90d86.txt"}) {
      assertThat(Files.readAllBytes(ARTICLES.resolve(name)))
          .isEqualTo(Files.readAllBytes(shared.resolve(name)));
    }
  }
}
