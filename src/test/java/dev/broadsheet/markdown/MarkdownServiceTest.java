package dev.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
  @ValueSource(ints = {50, 100_000})
  void bracketsDeeperThanTheLimitAreEscaped(int depth) {
    BracketLimit.Result r = BracketLimit.apply("line\n" + "![".repeat(depth) + "x");
    assertThat(r.firstLine()).isEqualTo(depth > BracketLimit.MAX_DEPTH ? 2 : 0);
    assertThat(html(r.text())).contains("x");
  }
}
