package dev.broadsheet.site;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles whose cache entries a build could not read back, and read from their files
 * instead: the build goes on, the site is the same, and the user is told how many. Safe for many
 * threads at once.
 */
final class CacheDamage {
  /** Articles whose head entry could not be read back. */
  private final Set<String> heads = ConcurrentHashMap.newKeySet();
  /**
   * Articles whose index or body entry could not be read back: left out of the manifest, so
   * that the next build reads them from their files.
   */
  private final Set<String> bodies = ConcurrentHashMap.newKeySet();

  /** Notes that the head entry of the article at {@code path} could not be read back. */
  void head(String path) {
    heads.add(path);
  }

  /** Notes that an index or body entry of the article at {@code path} could not be read back. */
  void body(String path) {
    bodies.add(path);
  }

  /** The articles whose index or body entry could not be read back. */
  Set<String> bodies() {
    return bodies;
  }

  /** A note of the articles whose cache entries were damaged, if any were. */
  Optional<String> note() {
    Set<String> damaged = new HashSet<>(heads);
    damaged.addAll(bodies);
    if (damaged.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(damaged.size() == 1
        ? "1 article was damaged in the build cache and read again from its file"
        : damaged.size() + " articles were damaged in the build cache and read again from their"
            + " files");
  }
}
