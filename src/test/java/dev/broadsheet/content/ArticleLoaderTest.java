package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.markdown.MarkdownService;
import dev.broadsheet.testing.Sites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleLoaderTest {
  @TempDir
  Path dir;

  private final SiteConfig london = new SiteConfig("T", "D", Optional.empty(), "en-GB",
      ZoneId.of("Europe/London"), SiteConfig.Limits.DEFAULT, 25, 50_000);

  private ArticleLoader.Loaded load(String name, String text) {
    return load(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private ArticleLoader.Loaded load(String name, byte[] bytes) {
    Sites.write(dir, name, bytes);
    return new ArticleLoader(london, MarkdownService.create())
        .load(new SourceFile(dir, name));
  }

  @Test
  void frontMatterGivesEveryField() {
    Article a = load("world/story.md", """
        ---
        title: "The headline"
        dek: The subtitle
        date: 2017-05-16
        updated: 2017-05-17T09:15:00-04:00
        author: [Ann Lee, Bo Chan]
        source: The Daily
        section: Politics
        tags: [Russia, Intelligence, Russia]
        summary: A short summary.
        slug: the-slug
        draft: true
        photo_credit: AP
        rating: 5
        ---
        Body text here.
        """).article();
    assertThat(a.headline()).isEqualTo("The headline");
    assertThat(a.dek()).isEqualTo("The subtitle");
    assertThat(a.date().orElseThrow().value())
        .isEqualTo(ZonedDateTime.of(2017, 5, 16, 0, 0, 0, 0, ZoneId.of("Europe/London")));
    assertThat(a.date().orElseThrow().dateOnly()).isTrue();
    assertThat(a.updated().orElseThrow().value().toInstant().toString())
        .isEqualTo("2017-05-17T13:15:00Z");
    assertThat(a.authors()).containsExactly("Ann Lee", "Bo Chan");
    assertThat(a.publication()).isEqualTo("The Daily");
    assertThat(a.section()).isEqualTo("Politics");
    assertThat(a.tags()).containsExactly("Russia", "Intelligence");
    assertThat(a.summary()).isEqualTo("A short summary.");
    assertThat(a.slug()).isEqualTo("the-slug");
    assertThat(a.draft()).isTrue();
    assertThat(a.extra()).containsExactly(Map.entry("photo_credit", "AP"),
        Map.entry("rating", 5L));
  }

  @Test
  void aSingleAuthorAndAFolderSection() {
    Article a = load("world/story.md", "---\nauthor: Ann Lee\n---\nText.\n").article();
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.section()).isEqualTo("World");
  }

  @Test
  void markdownTakesItsHeadlineFromALeadingHeadingAndDropsItFromTheBody() {
    ArticleLoader.Loaded loaded = load("a.md", "# Big news\n\nFirst paragraph. Second one.\n");
    assertThat(loaded.article().headline()).isEqualTo("Big news");
    assertThat(loaded.article().summary()).isEqualTo("First paragraph. Second one.");
    assertThat(loaded.bodyHtml().get()).doesNotContain("<h1>").contains("<p>First paragraph.");
  }

  @Test
  void markdownSupportsGfmTablesAutolinksAndStrikethrough() {
    String html = load("a.md", """
        # T

        | a | b |
        |---|---|
        | 1 | 2 |

        See https://example.org and ~~old~~ new.
        """).bodyHtml().get();
    assertThat(html).contains("<table>", "<td>1</td>",
        "rel=\"nofollow\" href=\"https://example.org\">https://example.org</a>", "<del>old</del>");
  }

  @Test
  void rawTextWithAShortFirstLineUsesItAsTheHeadline() {
    ArticleLoader.Loaded loaded = load("a.txt", "Storm hits coast\n\nThe storm arrived at dawn. It was bad.\n");
    assertThat(loaded.article().headline()).isEqualTo("Storm hits coast");
    assertThat(loaded.bodyHtml().get()).isEqualTo("<p>The storm arrived at dawn. It was bad.</p>\n");
  }

  @Test
  void aDatePrefixOfTheFileNameIsThePublicationDate() {
    Article a = load("2017-05-16-storm.txt", "Text.\n").article();
    assertThat(a.date().orElseThrow().value().toLocalDate()).hasToString("2017-05-16");
    assertThat(load("storm.txt", "Text.\n").article().date()).isEmpty();
  }

  @Test
  void utf8WithByteOrderMarkAndCrlfReadsCleanly() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "---\r\ntitle: Caf\u00e9\r\n---\r\nOne line\r\nsame paragraph.\r\n\r\nTwo.\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    ArticleLoader.Loaded loaded = load("a.txt", bytes);
    assertThat(loaded.article().headline()).isEqualTo("Caf\u00e9");
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.bodyHtml().get()).isEqualTo("<p>One line same paragraph.</p>\n<p>Two.</p>\n");
  }

  @Test
  void latin1TextIsReadAsWindows1252WithAWarning() {
    byte[] bytes = "Price rise\n\nA pint now costs \u00a34 \u2013 up 10%.\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ArticleLoader.Loaded loaded = load("pub.txt", bytes);
    assertThat(loaded.bodyHtml().get()).contains("\u00a34 \u2013 up 10%");
    assertThat(loaded.warnings()).extracting(Warning::toString)
        .containsExactly("pub.txt: is not valid UTF-8; read as Windows-1252");
  }

  /** The replacement character written in a file is text like any other. */
  @Test
  void utf8TextHoldingTheReplacementCharacterIsReadAsUtf8() {
    byte[] bytes = "Garbled\n\nThe wire copy arrived as \ufffd\ufffd \u2013 unreadable.\n"
        .getBytes(StandardCharsets.UTF_8);
    ArticleLoader.Loaded loaded = load("wire.txt", bytes);
    assertThat(loaded.bodyHtml().get()).contains("\ufffd\ufffd \u2013 unreadable");
    assertThat(loaded.warnings()).isEmpty();
    // One byte that is not UTF-8 beside it, and the file is Windows-1252 after all.
    byte[] mixed = Arrays.copyOf(bytes, bytes.length + 1);
    mixed[bytes.length] = (byte) 0x96;
    assertThat(load("wire.txt", mixed).warnings()).extracting(Warning::toString)
        .containsExactly("wire.txt: is not valid UTF-8; read as Windows-1252");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      date: 2017-02-30|a.md:2: 'date' is not a valid date: '2017-02-30'
      date: [1, 2]|a.md:2: 'date' must be a date
      updated: yesterday|a.md:2: 'updated' is not a valid date: 'yesterday'
      tags: {a: 1}|a.md:2: 'tags' must be text or a list of texts, not a mapping
      title: [a, b]|a.md:2: 'title' must be text, not a list
      draft: maybe|a.md:2: 'draft' must be true or false, not text
      'title: a\\ntitle: b'|a.md:3: front matter: 'title' is given twice
      'title: [unclosed'|a.md:3: front matter: invalid YAML
      """)
  void badFrontMatterNamesTheFileLineAndKey(String yaml, String message) {
    String text = "---\n" + yaml.replace("\\n", "\n") + "\n---\nBody.\n";
    assertThatThrownBy(() -> load("a.md", text))
        .isInstanceOf(ContentException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    assertThatThrownBy(() -> load("a.md", "---\ntitle: x\nBody.\n"))
        .hasMessage("a.md:1: front matter opened with --- is never closed; end it with a line of ---");
  }

  @Test
  void anImpossibleDateInTheFileNameIsAnError() {
    assertThatThrownBy(() -> load("2017-02-30-x.txt", "Text.\n"))
        .hasMessageStartingWith("2017-02-30-x.txt: the file name starts with an impossible date");
  }

  @Test
  void yamlAliasBombsAreRefused() {
    String bomb = """
        ---
        a: &a ["x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        ---
        Body.
        """;
    assertThatThrownBy(() -> load("bomb.md", bomb)).isInstanceOf(ContentException.class)
        .hasMessageStartingWith("bomb.md:");
  }

  @Test
  void yamlCannotCreateJavaObjects() {
    assertThatThrownBy(() -> load("a.md",
        "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\nB.\n"))
        .isInstanceOf(ContentException.class).hasMessageStartingWith("a.md:2:");
  }

  @Test
  void anUnsafeSlugIsMadeSafeWithAWarning() {
    ArticleLoader.Loaded loaded = load("a.md", "---\nslug: ../../etc/passwd\n---\nText.\n");
    assertThat(loaded.article().slug()).isEqualTo("etc-passwd");
    assertThat(loaded.warnings()).hasSize(1);
  }

  @Test
  void anArticleWithNoTextStillGetsAHeadlineAndAWarning() {
    ArticleLoader.Loaded loaded = load("empty_story.txt", "");
    assertThat(loaded.article().headline()).isEqualTo("Empty story");
    assertThat(loaded.warnings()).extracting(Warning::message).containsExactly("has no text");
  }

  @Test
  void binaryFilesAreRefused() {
    assertThatThrownBy(() -> load("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
        .hasMessage("photo.txt: is not a text file (it contains NUL bytes)");
  }

  @Test
  void articlesOverTheSizeLimitAreRefusedWithHowToRaiseIt() {
    SiteConfig small = new SiteConfig("T", "D", Optional.empty(), "en", ZoneId.of("UTC"),
        new SiteConfig.Limits(100), 25, 50_000);
    Sites.write(dir, "big.txt", "x".repeat(2000));
    assertThatThrownBy(() -> new ArticleLoader(small, MarkdownService.create())
        .load(new SourceFile(dir, "big.txt")))
        .hasMessageContaining("big.txt: is 0.0 MB, more than the limit")
        .hasMessageContaining("raise max_article_size in broadsheet.yaml");
  }

  @Test
  void aFileReadAtTheSizeTheScanFoundIsReadAsItIsNowUpToThatSize() {
    ArticleLoader loader = new ArticleLoader(london, MarkdownService.create());
    Sites.write(dir, "a.txt", "Headline\n\nBody.\n");
    SourceFile file = new SourceFile(dir, "a.txt");
    assertThat(new String(loader.read(file, 16), StandardCharsets.UTF_8))
        .isEqualTo("Headline\n\nBody.\n");
    // Changed since the scan: cut short, or grown (its new size has the next build read it).
    assertThat(new String(loader.read(file, 40), StandardCharsets.UTF_8))
        .isEqualTo("Headline\n\nBody.\n");
    assertThat(new String(loader.read(file, 8), StandardCharsets.UTF_8)).isEqualTo("Headline");
    assertThat(loader.read(file, 0)).isEmpty();
    assertThatThrownBy(() -> loader.read(new SourceFile(dir, "gone.txt"), 10))
        .hasMessage("gone.txt: disappeared while the site was being built");
    SiteConfig small = new SiteConfig("T", "D", Optional.empty(), "en", ZoneId.of("UTC"),
        new SiteConfig.Limits(10), 25, 50_000);
    assertThatThrownBy(() -> new ArticleLoader(small, MarkdownService.create()).read(file, 16))
        .hasMessageContaining("a.txt: is 0.0 MB, more than the limit of 0.0 MB");
    SiteConfig huge = new SiteConfig("T", "D", Optional.empty(), "en", ZoneId.of("UTC"),
        new SiteConfig.Limits(1L << 40), 25, 50_000);
    assertThatThrownBy(() -> new ArticleLoader(huge, MarkdownService.create())
        .read(file, 3L << 30)).hasMessage("a.txt: is 3072.0 MB, more than one article can be"
            + " (2048.0 MB)");
  }

  @Test
  void wordCountIgnoresPunctuationAndKeepsContractionsWhole() {
    assertThat(load("a.txt", "Head\n\nIt's a well-known fact \u2014 isn't it?\n").article()
        .wordCount()).isEqualTo(6);
    assertThat(List.of(WordCounter.count(""), WordCounter.count(" -- "))).containsOnly(0);
  }

  @Test
  void tableCellsAndCodeAreSeparateWordsInThePlainText() {
    ArticleLoader.Loaded loaded = load("table.md", """
        ---
        title: Claims
        ---
        | Claim | Source |
        |---|---|
        | Shared | Post |

            indented code

        ```
        fenced code
        ```
        """);
    assertThat(loaded.text().get().split("\\s+"))
        .contains("Claim", "Source", "Shared", "Post", "indented", "fenced", "code");
    assertThat(loaded.article().wordCount()).isEqualTo(8);
  }
}
