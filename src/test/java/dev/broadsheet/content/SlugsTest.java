package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

  /**
   * Over random archives full of collisions: every slug is unique, the first article to choose
   * a slug keeps it, no suffixed slug is one some article chose, and each renamed article is
   * warned about, naming the article that kept its slug.
   */
  @Test
  void everySlugIsUniqueAndTheFirstToChooseOneKeepsIt() {
    Random random = new Random(20261201);
    for (int round = 0; round < 200; round++) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        String slug = "s" + random.nextInt(4) + (random.nextInt(4) == 0 ? "-" + random.nextInt(5)
            : "");
        articles.add(article(i + ".md", slug));
      }
      SlugAssigner.Result result = SlugAssigner.assign(articles);
      List<String> slugs = result.articles().stream().map(Article::slug).toList();
      assertThat(slugs).as("round %d", round).doesNotHaveDuplicates();
      Set<String> chosen = new HashSet<>();
      Map<String, String> firstToChoose = new HashMap<>();
      for (Article a : articles) {
        chosen.add(a.slug());
        firstToChoose.putIfAbsent(a.slug(), a.source().relativePath());
      }
      int renamed = 0;
      for (int i = 0; i < articles.size(); i++) {
        Article before = articles.get(i);
        Article after = result.articles().get(i);
        assertThat(after.source()).isEqualTo(before.source());
        if (firstToChoose.get(before.slug()).equals(before.source().relativePath())) {
          assertThat(after.slug()).isEqualTo(before.slug());
        } else {
          assertThat(after.slug()).startsWith(before.slug() + "-").isNotIn(chosen);
          assertThat(result.warnings().get(renamed++).message()).isEqualTo("slug '"
              + before.slug() + "' is already used by " + firstToChoose.get(before.slug())
              + "; this article is published as '" + after.slug() + "'");
        }
      }
      assertThat(result.warnings()).hasSize(renamed);
    }
  }

  static Article article(String path, String slug) {
    return new Article(new SourceFile(Path.of("."), path), slug, "Headline", "", List.of(), "",
        "", List.of(), "", Optional.empty(), Optional.empty(), false, 0, Optional.empty(),
        Map.of());
  }
}
