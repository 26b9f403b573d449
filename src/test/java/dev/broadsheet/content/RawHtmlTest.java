package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RawHtmlTest {
  static Stream<Arguments> paragraphs() {
    return Stream.of(
        Arguments.of("plain words", "<p>plain words</p>\n"),
        Arguments.of("<b>", "<p>&lt;b&gt;</p>\n"),
        Arguments.of("a & b \"c\"", "<p>a &amp; b &quot;c&quot;</p>\n"),
        Arguments.of("&&<<", "<p>&amp;&amp;&lt;&lt;</p>\n"),
        Arguments.of("It\u2019s \u201cnews\u201d \u2014 5 > 3",
            "<p>It\u2019s \u201cnews\u201d \u2014 5 &gt; 3</p>\n"),
        Arguments.of("caf\u00e9 <i>", "<p>caf\u00e9 &lt;i&gt;</p>\n"),
        Arguments.of("", "<p></p>\n"));
  }

  @ParameterizedTest
  @MethodSource("paragraphs")
  void eachParagraphIsEscapedWhole(String text, String html) {
    assertThat(RawHtml.paragraphs(List.of(text))).isEqualTo(html);
  }

  @Test
  void paragraphsFollowInOrder() {
    assertThat(RawHtml.paragraphs(List.of("x<", ">y", "z")))
        .isEqualTo("<p>x&lt;</p>\n<p>&gt;y</p>\n<p>z</p>\n");
  }

  @Test
  void noParagraphsMakeNoHtml() {
    assertThat(RawHtml.paragraphs(List.of())).isEmpty();
  }
}
