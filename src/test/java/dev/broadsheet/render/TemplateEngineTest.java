package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.site.BuildOptions;
import dev.broadsheet.site.SiteBuilder;
import dev.broadsheet.testing.Sites;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
  @TempDir
  Path dir;

  private void build() {
    Sites.write(dir, "articles/a.md", "---\ntitle: Hello\n---\nText.\n");
    SiteBuilder.build(new BuildOptions(dir.resolve("articles"), Optional.of(dir.resolve("theme")),
        dir.resolve("site"), SiteConfig.defaults(), false, false, Sites.CLOCK));
  }

  @Test
  void pagesRenderedOneAfterAnotherOnOneThreadHoldOnlyTheirOwnBytes() {
    Sites.write(dir, "theme/listing.mustache", "<p>{{text}}</p>");
    TemplateEngine engine = new TemplateEngine(new Theme(Optional.of(dir.resolve("theme"))));
    Object broken = new Object() {
      @Override
      public String toString() {
        throw new IllegalStateException("broken view");
      }
    };
    // Small pages around a large one (beyond the buffer kept from page to page), a page left
    // half-written by a failure, and a page of characters that take three bytes each.
    assertThat(engine.render(TemplateEngine.LISTING, Map.of("text", "a"))).isEqualTo("<p>a</p>");
    String large = "x\u201c".repeat(600_000);
    assertThat(engine.render(TemplateEngine.LISTING, Map.of("text", large)))
        .isEqualTo("<p>" + large + "</p>");
    assertThat(engine.render(TemplateEngine.LISTING, Map.of("text", "b"))).isEqualTo("<p>b</p>");
    assertThatThrownBy(() -> engine.render(TemplateEngine.LISTING, Map.of("text", broken)))
        .hasStackTraceContaining("broken view");
    String dashes = "\u2014".repeat(20_000);
    assertThat(engine.render(TemplateEngine.LISTING, Map.of("text", dashes)))
        .isEqualTo("<p>" + dashes + "</p>");
    assertThat(engine.render(TemplateEngine.LISTING, Map.of("text", "c"))).isEqualTo("<p>c</p>");
  }

  @Test
  void aTemplateOnDiskOverridesTheDefaultOneFileAtATime() {
    Sites.write(dir, "theme/partials/footer.mustache", "<footer>Custom {{page.site.title}}</footer>");
    Sites.write(dir, "theme/assets/extra.css", "body{}");
    build();
    assertThat(Sites.read(dir.resolve("site/articles/hello.html")))
        .contains("<footer>Custom Broadsheet</footer>")
        .contains("<h1 class=\"headline\">Hello</h1>");
    assertThat(dir.resolve("site/assets/extra.css")).hasContent("body{}");
    assertThat(dir.resolve("site/assets/style.css")).exists();
  }

  @Test
  void aSyntaxErrorNamesTheTemplateFileAndLine() {
    Sites.write(dir, "theme/partials/footer.mustache", "<footer>\n\n{{#page}}\nunclosed\n</footer>");
    assertThatThrownBy(this::build)
        .isInstanceOf(TemplateException.class)
        .hasMessage(dir.resolve("theme/partials/footer.mustache") + ":3: Failed to close"
            + " 'page' tag");
  }

  @Test
  void aMissingPartialIsNamedWithTheFileAndLineThatIncludesIt() {
    Sites.write(dir, "theme/article.mustache", "<p>\n{{> partials/nowhere}}");
    assertThatThrownBy(this::build)
        .isInstanceOf(TemplateException.class)
        .hasMessage(dir.resolve("theme/article.mustache") + ":2: Template"
            + " partials/nowhere.mustache not found");
  }

  @Test
  void everythingPrintedIsEscapedUnlessItIsTheBody() {
    Sites.write(dir, "theme/article.mustache", "<p>{{headline}}</p>{{{bodyHtml}}}");
    Sites.write(dir, "articles/a.md", "---\ntitle: \"<b>bold</b>\"\n---\n*em*\n");
    SiteBuilder.build(new BuildOptions(dir.resolve("articles"), Optional.of(dir.resolve("theme")),
        dir.resolve("site"), SiteConfig.defaults(), false, false, Sites.CLOCK));
    assertThat(Sites.read(dir.resolve("site/articles/b-bold-b.html")))
        .isEqualTo("<p>&lt;b&gt;bold&lt;/b&gt;</p><p><em>em</em></p>\n");
  }
}
