package dev.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links and images that may and may not reach a reader, and markup nested past the limit. */
class MarkdownServiceTest {
  private final MarkdownService markdown = MarkdownService.create();

  private String html(String source) {
    return markdown.render(markdown.parse(source));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x",
      "jav\tascript:x", "java\nscript:x", "\u0000javascript:x", "vbscript:msgbox(1)",
      "data:text/html,x", "DATA:image/png;base64,AAAA", "file:///etc/passwd", "jar:x",
      "java\u200Bscript:x", "\u00ADjavascript:x", "ftp://example.org/x"})
  void unsafeSchemesAreRefused(String url) {
    assertThat(SafeUrls.allowed(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "HTTP://example.org", "mailto:a@example.org",
      "../index.html", "page.html#x", "#anchor", "?q=x", "//example.org/x", "a/b:c",
      "./javascript:x", ""})
  void safeUrlsAreAllowed(String url) {
    assertThat(SafeUrls.allowed(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[x](javascript:alert(1))", "[x](jav&#x09;ascript:alert(1))",
      "[x](&#106;avascript:alert(1))", "[x](javascript&colon;alert(1))", "<javascript:alert(1)>",
      "[x][r]\n\n[r]: vbscript:x", "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](\\javascript:alert(1))"})
  void unsafeLinksBecomeTheirText(String source) {
    assertThat(html(source)).doesNotContainIgnoringCase("href=\"j").doesNotContain("<a href=\"d")
        .doesNotContain("<a href=\"v");
  }

  @ParameterizedTest
  @ValueSource(strings = {"![alt text](javascript:alert(1))", "![alt text](data:image/svg+xml,x)"})
  void unsafeImagesBecomeTheirAltText(String source) {
    assertThat(html(source)).isEqualTo("<p>alt text</p>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/", "//example.org/"})
  void onlyLinksThatLeaveTheSiteAreNofollow(String url) {
    assertThat(html("[x](" + url + ")")).contains("rel=\"nofollow\"");
    assertThat(html("[x](../a.html)")).isEqualTo("<p><a href=\"../a.html\">x</a></p>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {">", "*", "_", "- ", "1. ", "> - "})
  void nestingPastTheLimitIsReadAsTextWithoutOverflowingTheStack(String unit) {
    String html = html(unit.repeat(50_000) + "x" + (unit.equals("*") || unit.equals("_")
        ? unit.repeat(50_000) : ""));
    assertThat(html).contains("x");
  }

  /** Nesting by indentation costs a line per level: 1,400 levels is about 2 MB. */
  @Test
  void listsNestedByIndentationPastTheLimitAreReadAsText() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1_400; i++) {
      sb.append(" ".repeat(2 * i)).append("- item ").append(i).append('\n');
    }
    String html = html(sb.toString());
    assertThat(html).contains("item 1399");
    assertThat(html.split("<ul>", -1).length - 1).isLessThanOrEqualTo(MarkdownService.MAX_NESTING);
  }

  @ParameterizedTest
  @ValueSource(ints = {50, BracketLimit.MAX_DEPTH, BracketLimit.MAX_DEPTH + 1, 100_000})
  void bracketsDeeperThanTheLimitAreEscaped(int depth) {
    BracketLimit.Result r = BracketLimit.apply("line\n" + "![".repeat(depth) + "x");
    assertThat(r.firstLine()).isEqualTo(depth > BracketLimit.MAX_DEPTH ? 2 : 0);
    assertThat(html(r.text())).contains("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"see www.example.org today", "write to desk@example.org",
      "at https://example.org/a", "at http&#58;//example.org/a", "at http:\\//example.org/a",
      "write to desk&#64;example.org", "see &#119;ww.example.org today"})
  void addressesInTextBecomeLinks(String source) {
    assertThat(html(source)).containsPattern("<a [^>]*href=\"[^\"]*example\\.org");
  }

  /**
   * Markdown with no autolink to find is parsed without looking for one, and Markdown with no
   * entity without taking out what entities bring back: any text, made of pieces of addresses,
   * entities, escapes and markup, renders as it would with autolinks looked for and characters
   * taken out everywhere.
   */
  @Test
  void textIsLinkedAsIfEveryTextWereSearchedForAddresses() {
    Parser everywhere = Parser.builder()
        .extensions(List.of(TablesExtension.create(), AutolinkExtension.create(),
            StrikethroughExtension.create()))
        .maxOpenBlockParsers(MarkdownService.MAX_NESTING)
        .maxInlineNesting(MarkdownService.MAX_NESTING)
        .postProcessor(new InvalidCharacterRemover())
        .postProcessor(new UnsafeUrlRemover())
        .build();
    String[] pieces = {"http", "https", ":", "/", "//", "www", "w", ".", "@", "example", "org",
        "&#58;", "&#64;", "&#119;", "&#x3a;", "&amp;", "&colon;", "&#x1;", "&#xFFFE;", "&#0;",
        "&#x85;", "\\", "\\:", "\\/", " ",
        "\n", "\n\n", "*", "_", "`", "[", "](", ")", "<", ">", "~~", "é", "| a |", "\n|-|\n",
        "> ", "- ", "mailto", "desk", "http://", "www.", "example.org", "desk@example.org",
        ":\\//"};
    Random random = new Random(20261130);
    int linked = 0;
    int skipped = 0;
    for (int i = 0; i < 3_000; i++) {
      StringBuilder source = new StringBuilder();
      for (int n = random.nextInt(24); n >= 0; n--) {
        source.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = source.toString();
      String expected = markdown.render(everywhere.parse(text));
      assertThat(html(text)).as(text).isEqualTo(expected);
      linked += expected.contains("<a ") ? 1 : 0;
      skipped += MarkdownService.mayHoldAutolink(text) ? 0 : 1;
    }
    assertThat(linked).as("texts with a link").isGreaterThan(100);
    assertThat(skipped).as("texts parsed without autolinks").isGreaterThan(100);
  }
}
