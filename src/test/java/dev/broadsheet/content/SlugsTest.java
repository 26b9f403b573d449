package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Hello, World!|hello-world
      Café society: Zürich's Straße|cafe-society-zurichs-strasse
      Trump's 'absolute right'|trumps-absolute-right
      ../../etc/passwd|etc-passwd
      ..|''
      a/b\\c|a-b-c
      CON|con-page
      Rock & Roll|rock-and-roll
      Łódź — Ørsted Æon|lodz-orsted-aeon
      北京|''
      """)
  void slugsAreAsciiLowerCaseWithHyphens(String text, String slug) {
    assertThat(Slugs.slugify(text)).isEqualTo(slug);
  }

  @Test
  void slugsAreAtMost80CharactersAndEndOnAWord() {
    String slug = Slugs.slugify("word ".repeat(40) + "extraordinarily");
    assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").endsWith("word");
  }

  @Test
  void collidingSlugsGetDeterministicSuffixesAndAWarning() {
    List<Article> articles = List.of(article("a.md", "same"), article("b.md", "same"),
        article("c.md", "same-2"), article("d.md", "same"));
    SlugAssigner.Result result = SlugAssigner.assign(articles);
    assertThat(result.articles()).extracting(Article::slug)
        .containsExactly("same", "same-3", "same-2", "same-4");
    assertThat(result.warnings()).extracting(Warning::file).containsExactly("b.md", "d.md");
    assertThat(result.warnings().get(0).message()).contains("'same'", "a.md", "'same-3'");
  }

  static Article article(String path, String slug) {
    return new Article(new SourceFile(Path.of("."), path), slug, "Headline", "", List.of(), "",
        "", List.of(), "", Optional.empty(), Optional.empty(), false, 0, Optional.empty(),
        Map.of());
  }
}
