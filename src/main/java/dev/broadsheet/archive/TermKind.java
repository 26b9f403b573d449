package dev.broadsheet.archive;

import dev.broadsheet.content.Article;
import java.util.List;
import java.util.function.Function;

/** The ways articles are grouped by what they are about or who wrote them. */
public enum TermKind {
  SECTION("sections/", "Section", "Sections", a -> a.section().isEmpty() ? List.of()
      : List.of(a.section())),
  TAG("tags/", "Topic", "Topics", Article::tags),
  AUTHOR("authors/", "Author", "Authors", Article::authors),
  SOURCE("sources/", "Source", "Sources", a -> a.publication().isEmpty() ? List.of()
      : List.of(a.publication()));

  private final String folder;
  private final String singular;
  private final String plural;
  private final Function<Article, List<String>> terms;

  TermKind(String folder, String singular, String plural,
      Function<Article, List<String>> terms) {
    this.folder = folder;
    this.singular = singular;
    this.plural = plural;
    this.terms = terms;
  }

  /** The output folder of this kind's pages, ending in "/". */
  public String folder() {
    return folder;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }

  /** The terms of this kind an article carries, as written. */
  public List<String> termsOf(Article article) {
    return terms.apply(article);
  }
}
