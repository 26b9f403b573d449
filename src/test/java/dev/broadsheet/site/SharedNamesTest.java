package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
  @Test
  void eachNameHasOneCopyHoweverManyThreadsAskAndHoweverItIsAskedFor() {
    SharedNames names = new SharedNames();
    // Far more names than the tables start with, so they grow while threads look; "Aa" and "BB"
    // hash alike, as do their longer kin, and must stay two names.
    List<String> all = new ArrayList<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "Zoë", "東京",
        ""));
    Random random = new Random(5);
    for (int i = 0; i < 5000; i++) {
      all.add("Tag " + random.nextInt(1_000_000) + (i % 7 == 0 ? " — é" : ""));
    }
    Map<String, String> first = new ConcurrentHashMap<>();
    IntStream.range(0, 8 * all.size()).parallel().forEach(k -> {
      String name = all.get(k % all.size());
      byte[] padded = ("xx" + name + "yy").getBytes(StandardCharsets.UTF_8);
      String shared = k % 2 == 0 ? names.share(new String(name))
          : names.share(padded, 2, padded.length - 4);
      assertThat(shared).isEqualTo(name);
      assertThat(first.computeIfAbsent(name, n -> shared)).isSameAs(shared);
    });
    assertThat(first).hasSize(new HashSet<>(all).size());
  }

  @Test
  void aListOfSharedNamesIsSharedByItsNamesInTheirOrder() {
    SharedNames names = new SharedNames();
    List<List<String>> made = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String a = names.share("Tag " + i);
      String b = names.share("Tag " + (i + 1));
      List<String> ab = names.shareShared(new String[] {a, b});
      made.add(ab);
      assertThat(names.shareShared(new String[] {a, b})).isSameAs(ab).containsExactly(a, b);
      assertThat(names.shareShared(new String[] {b, a})).isNotSameAs(ab).containsExactly(b, a);
      assertThat(names.share(article("t.md", List.of(), List.of("Tag " + i, "Tag " + (i + 1))))
          .tags()).isSameAs(ab);
    }
    for (int i = 0; i < made.size(); i++) {
      assertThat(names.shareShared(new String[] {names.share("Tag " + i),
          names.share("Tag " + (i + 1))})).as("list %d", i).isSameAs(made.get(i));
    }
  }
}
