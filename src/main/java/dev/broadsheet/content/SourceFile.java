package dev.broadsheet.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article file found under the articles folder.
 *
 * <p>The folder and the path below it are kept apart, and the whole path made only when the
 * file is read: a million articles' paths, held whole for the build, would cost about a
 * hundred and forty megabytes.
 *
 * @param folder       the articles folder it was found in
 * @param relativePath its path below the articles folder with {@code /} separators, the same on
 *                     every machine: used in messages and as the final tie-breaker when sorting
 */
public record SourceFile(Path folder, String relativePath) {
  public SourceFile {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(relativePath, "relativePath");
  }

  /** Where to read it. */
  public Path path() {
    return folder.resolve(relativePath);
  }

  public boolean isMarkdown() {
    return relativePath.endsWith(".md");
  }

  /** The file name without folder and extension. */
  public String stem() {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The first folder below the articles folder, or empty for a file at its top. */
  public String topFolder() {
    int slash = relativePath.indexOf('/');
    return slash > 0 ? relativePath.substring(0, slash) : "";
  }

  @Override
  public String toString() {
    return relativePath;
  }
}
