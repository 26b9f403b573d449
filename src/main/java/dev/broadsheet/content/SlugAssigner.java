package dev.broadsheet.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes slugs unique across the archive. Articles are taken in the order given (the caller
 * passes them sorted by source path, so the result does not depend on file-system order): the
 * first keeps its slug, later ones get the lowest free suffix {@code -2}, {@code -3}... and a
 * warning. A slug that some article chose itself is never taken as another's suffixed slug.
 */
public final class SlugAssigner {

  /**
   * The outcome.
   *
   * @param articles the same articles, in the same order, with unique slugs
   * @param warnings one per renamed article
   */
  public record Result(List<Article> articles, List<Warning> warnings) {}

  private SlugAssigner() {}

  public static Result assign(List<Article> articles) {
    Set<String> wanted = new HashSet<>(2 * articles.size());
    for (Article a : articles) {
      wanted.add(a.slug());
    }
    // Each slug taken, with the file of the article that took it: one look-up an article.
    Map<String, String> taken = new HashMap<>(2 * articles.size());
    List<Article> out = new ArrayList<>(articles.size());
    List<Warning> warnings = new ArrayList<>();
    for (Article a : articles) {
      String slug = a.slug();
      String owner = taken.putIfAbsent(slug, a.source().relativePath());
      if (owner == null) {
        out.add(a);
        continue;
      }
      int n = 2;
      String candidate = suffixed(slug, n);
      while (taken.containsKey(candidate) || wanted.contains(candidate)) {
        candidate = suffixed(slug, ++n);
      }
      taken.put(candidate, a.source().relativePath());
      warnings.add(new Warning(a.source().relativePath(), "slug '" + slug + "' is already used by "
          + owner + "; this article is published as '" + candidate + "'"));
      out.add(a.withSlug(candidate));
    }
    return new Result(List.copyOf(out), List.copyOf(warnings));
  }

  private static String suffixed(String slug, int n) {
    String suffix = "-" + n;
    String base = slug.length() + suffix.length() > Slugs.MAX_LENGTH
        ? slug.substring(0, Slugs.MAX_LENGTH - suffix.length()) : slug;
    return base + suffix;
  }
}
