package dev.broadsheet.archive;

import java.util.Arrays;

/**
 * A section, tag, author or source, and the articles that carry it.
 *
 * @param kind     what sort of term
 * @param key      the term compared case-insensitively: "trump" for "Trump" and "TRUMP"
 * @param name     its most common spelling, shown to readers
 * @param slug     file-name-safe and unique among terms of its kind
 * @param articles positions in the archive's index order, ascending (so newest first)
 */
public record Term(TermKind kind, String key, String name, String slug, int[] articles) {

  /** The folder of the term's pages, e.g. {@code tags/russia/}. */
  public String folder() {
    return SitePaths.term(kind, slug);
  }

  public int count() {
    return articles.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term t && kind == t.kind && key.equals(t.key) && name.equals(t.name)
        && slug.equals(t.slug) && Arrays.equals(articles, t.articles);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + key.hashCode();
  }

  @Override
  public String toString() {
    return kind + ":" + name + "(" + slug + ", " + articles.length + ")";
  }
}
