package dev.broadsheet.site;

import dev.broadsheet.content.FolderPaths;
import java.nio.file.Path;

/**
 * The paths the stages ask the site's writer for, checked: a path names a file inside the
 * output folder or is refused, whatever it holds ("..", a leading slash, a backslash, a NUL).
 */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * Whether {@code path} is a site path in normal form, which names a file inside the output
   * folder as it stands: relative, separated by single slashes, with no "." or ".." part.
   */
  static boolean isNormal(String path) {
    int n = path.length();
    if (n == 0 || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return false;
    }
    for (int start = 0; start <= n; ) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = n;
      }
      int length = end - start;
      if (length == 0 || length <= 2 && path.startsWith(length == 1 ? "." : "..", start)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /**
   * The file {@code path} names inside {@code root}.
   *
   * @throws IllegalArgumentException when it is not a site path or leaves {@code root}
   */
  static Path inside(Path root, String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("path leaves the output folder: " + path);
    }
    return target;
  }

  /** The site path of {@code file}, inside {@code root}: slashes, whatever the system's are. */
  static String of(Path root, Path file) {
    return FolderPaths.relative(root, file);
  }
}
