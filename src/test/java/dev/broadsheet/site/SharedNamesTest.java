package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A big archive holds one copy of each name and of each short list of names: the articles read
 * come out equal to what went in, and those naming the same author or tags share them.
 */
class SharedNamesTest {
  private static Article article(String path, List<String> authors, List<String> tags) {
    // New strings each time, as each article read from its own file has.
    return new Article(new SourceFile(Path.of("articles"), path), path.replace(".md", ""),
        "Headline", "", authors.stream().map(String::new).toList(), "The Ledger",
        new String("World"), tags.stream().map(String::new).toList(), "Summary.",
        Optional.empty(), Optional.empty(), false, 300, Optional.empty(), Map.of());
  }

  @Test
  void articlesNamingTheSameAuthorOrTagsShareOneListAndStayAsTheyWere() {
    SharedNames names = new SharedNames();
    Article a = article("a.md", List.of("Ann Lee"), List.of("Trade", "Ports"));
    Article b = article("b.md", List.of("Ann Lee"), List.of("Trade", "Ports"));
    Article c = article("c.md", List.of("Ann Lee"), List.of("Trade", "Ports", "Tariffs"));
    Article d = article("d.md", List.of("Ann Lee"), List.of("Trade", "Ports", "Tariffs"));

    Article sa = names.share(a);
    Article sb = names.share(b);
    Article sc = names.share(c);
    Article sd = names.share(d);

    assertThat(List.of(sa, sb, sc, sd)).containsExactly(a, b, c, d);
    assertThat(sb.authors()).isSameAs(sa.authors());
    assertThat(sb.tags()).isSameAs(sa.tags());
    assertThat(sd.authors()).isSameAs(sa.authors());
    assertThat(sd.section()).isSameAs(sa.section());
    // Three tags are seldom named twice: the list stays the article's own, its names shared.
    assertThat(sd.tags()).isNotSameAs(sc.tags()).isEqualTo(sc.tags());
    assertThat(sd.tags().get(2)).isSameAs(sc.tags().get(2));
    // The order of the tags is the article's: the same tags in another order are another list.
    Article e = names.share(article("e.md", List.of("Bo Li"), List.of("Ports", "Trade")));
    assertThat(e.tags()).containsExactly("Ports", "Trade");
  }
}
