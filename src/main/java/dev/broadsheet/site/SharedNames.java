package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each name the articles share: sections, tags, authors and publications. A
 * million articles name a few hundred tags and authors between them, and every article read
 * holds its own copies of the strings, some sixty bytes each, for the whole build. Safe for
 * many threads at once.
 */
final class SharedNames {
  private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();

  /** {@code article} with its names replaced by the copies other articles already hold. */
  Article share(Article a) {
    return a.withNames(this::share);
  }

  private String share(String name) {
    String earlier = names.putIfAbsent(name, name);
    return earlier == null ? name : earlier;
  }
}
