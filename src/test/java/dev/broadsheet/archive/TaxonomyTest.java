package dev.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  private static Article tagged(int n, String... tags) {
    String path = "a" + n + ".md";
    return new Article(new SourceFile(Path.of("."), path), "a" + n, "H", "", List.of(), "", "",
        List.of(tags), "", Optional.empty(), Optional.empty(), false, 1, Optional.empty(),
        Map.of());
  }

  @Test
  void termsAreComparedCaseInsensitivelyAndShownInTheirMostCommonSpelling() {
    Taxonomy tags = Taxonomy.of(TermKind.TAG, List.of(tagged(0, "trump"), tagged(1, "Trump"),
        tagged(2, "Trump", "TRUMP"), tagged(3, "TRUMP")));
    assertThat(tags.terms()).hasSize(1);
    Term trump = tags.terms().get(0);
    assertThat(trump.name()).isEqualTo("Trump");
    assertThat(trump.slug()).isEqualTo("trump");
    assertThat(trump.articles()).containsExactly(0, 1, 2, 3);
    assertThat(tags.find("tRuMp")).contains(trump);
  }

  @Test
  void aTieBetweenSpellingsIsBrokenTheSameWayEveryTime() {
    Taxonomy a = Taxonomy.of(TermKind.TAG, List.of(tagged(0, "nato"), tagged(1, "NATO")));
    Taxonomy b = Taxonomy.of(TermKind.TAG, List.of(tagged(0, "NATO"), tagged(1, "nato")));
    assertThat(a.terms().get(0).name()).isEqualTo(b.terms().get(0).name()).isEqualTo("NATO");
  }

  @Test
  void everyTermGetsASafeUniqueFileNameWhateverItContains() {
    List<Article> articles = new ArrayList<>();
    String[] names = {"a/b", "..", "CON", "北京", "上海", "C++", "C", "c#", "../../etc", ".",
        "index", "Ünïcödé"};
    for (int i = 0; i < names.length; i++) {
      articles.add(tagged(i, names[i]));
    }
    Taxonomy tags = Taxonomy.of(TermKind.TAG, articles);
    List<String> slugs = tags.terms().stream().map(Term::slug).toList();
    assertThat(slugs).doesNotHaveDuplicates().hasSize(names.length)
        .allSatisfy(s -> assertThat(s).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(tags.find("a/b").orElseThrow().slug()).isEqualTo("a-b");
    assertThat(tags.find("CON").orElseThrow().slug()).isEqualTo("con-page");
    assertThat(tags.find("Ünïcödé").orElseThrow().slug()).isEqualTo("unicode");
    assertThat(tags.find("北京").orElseThrow().slug()).startsWith("term-");
    assertThat(tags.find("北京").orElseThrow().slug())
        .isNotEqualTo(tags.find("上海").orElseThrow().slug());
    // "C++", "C" and "c#" all slugify to "c": the first key in sorted order keeps it.
    assertThat(List.of(tags.find("C").orElseThrow().slug(), tags.find("C++").orElseThrow().slug(),
        tags.find("c#").orElseThrow().slug())).containsExactly("c", "c-3", "c-2");
  }

  @Test
  void anArticleCountsOnceForATermItRepeats() {
    Taxonomy tags = Taxonomy.of(TermKind.TAG, List.of(tagged(0, "Russia", "russia")));
    assertThat(tags.terms().get(0).count()).isEqualTo(1);
  }

  @Test
  void namesAreComparedFoldedWhateverTheirSpacingCaseOrForm() {
    assertThat(Taxonomy.key("  Climate \t Change ")).isEqualTo("climate change");
    assertThat(Taxonomy.key("ＣＬＩＭＡＴＥ")).isEqualTo("climate");
    assertThat(Taxonomy.key("Café")).isEqualTo(Taxonomy.key("Cafe\u0301"));
    // Plain names take a short cut; it must agree with the full rule.
    java.util.Random random = new java.util.Random(3);
    String alphabet = "aZ -\t\u00e9\u212b";
    for (int n = 0; n < 5000; n++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
          .strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
      assertThat(Taxonomy.key(name.toString())).as("'%s'", name).isEqualTo(expected);
    }
  }
}
