package dev.broadsheet.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    // Each slug taken, with the file of the article that took it: first every article's own, the
    // first article to choose a slug keeping it, so that no suffixed slug is one some article
    // chose; then the others' suffixed ones. One look-up an article when none collide, as in
    // nearly every archive, and one table rather than two: this ran over every article of every
    // rebuild, before the JIT had compiled it.
    Map<String, String> taken = new HashMap<>(2 * articles.size());
    List<Integer> collided = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (taken.putIfAbsent(a.slug(), a.source().relativePath()) != null) {
        collided.add(i);
      }
    }
    if (collided.isEmpty()) {
      return new Result(List.copyOf(articles), List.of());
    }
    List<Article> out = new ArrayList<>(articles);
    List<Warning> warnings = new ArrayList<>();
    for (int i : collided) {
      Article a = articles.get(i);
      String slug = a.slug();
      int n = 2;
      String candidate = suffixed(slug, n);
      while (taken.containsKey(candidate)) {
        candidate = suffixed(slug, ++n);
      }
      taken.put(candidate, a.source().relativePath());
      warnings.add(new Warning(a.source().relativePath(), "slug '" + slug + "' is already used by "
          + taken.get(slug) + "; this article is published as '" + candidate + "'"));
      out.set(i, a.withSlug(candidate));
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
