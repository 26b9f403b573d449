package dev.broadsheet.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary folder a build's search postings wait in, named after the process that made it
 * ({@code broadsheet-search-PID-…}). A build killed outright cannot delete its folder, and a
 * million articles leave gigabytes in it; so each build first deletes the folders whose process
 * is gone and whose files have not changed for {@link #QUIET}. The wait spares a build in
 * another PID namespace that shares the temporary folder and only looks gone from here.
 */
final class SpillFolder {
  static final String PREFIX = "broadsheet-search-";
  static final Duration QUIET = Duration.ofHours(1);
  private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-.*");

  private SpillFolder() {}

  /** Creates a folder in {@code parent} (null: the system's), deleting stale ones first. */
  static Path create(Path parent) throws IOException {
    Path where = parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
    removeStale(where, Instant.now());
    return Files.createTempDirectory(where, PREFIX + ProcessHandle.current().pid() + "-");
  }

  /** Deletes the folders in {@code parent} left by gone processes and quiet since before now. */
  static void removeStale(Path parent, Instant now) {
    FileTime cutoff = FileTime.from(now.minus(QUIET));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path entry : entries) {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (name.matches() && !alive(Long.parseLong(name.group(1))) && quiet(entry, cutoff)) {
          try {
            delete(entry);
          } catch (IOException e) {
            // Another user's, or going as we look: tidying up is a courtesy, never a failure.
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // As above: an unreadable temporary folder is the next step's to report.
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Whether nothing in {@code folder}, itself included, changed after {@code cutoff}. */
  private static boolean quiet(Path folder, FileTime cutoff) throws IOException {
    boolean[] changed = {false};
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return check(attrs);
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        return check(attrs);
      }

      private FileVisitResult check(BasicFileAttributes attrs) {
        changed[0] = attrs.lastModifiedTime().compareTo(cutoff) > 0;
        return changed[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }
    });
    return !changed[0];
  }

  /** Deletes {@code folder} and everything in it. */
  static void delete(Path folder) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
