package dev.broadsheet.check;

import java.nio.file.Path;

/** A file's path within the site, with {@code /} on every system, as problems name it. */
final class SitePath {
  private SitePath() {}

  static String of(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
