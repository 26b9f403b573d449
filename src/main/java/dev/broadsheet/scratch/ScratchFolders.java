package dev.broadsheet.scratch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folders a build works in, named {@code PREFIX + PID + "-" + …} after the process that made
 * them. A build killed outright ({@code kill -9}, a power cut) cannot delete them, and a large
 * archive leaves gigabytes in them; so before making one, a build deletes those of its kind
 * whose process is gone and in which nothing has changed for {@link #QUIET}. The wait spares a
 * build in another PID namespace (a container) that shares the folder and only looks gone.
 */
public final class ScratchFolders {
  /** How long a gone process's folder must have been left alone before it is deleted. */
  public static final Duration QUIET = Duration.ofHours(1);

  private ScratchFolders() {}

  /** Where a build's temporary folders go: {@code parent}, or the system's when it is null. */
  public static Path parentOrSystem(Path parent) {
    return parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /**
   * Makes a fresh folder of kind {@code prefix} in {@code parent}, readable by this user alone
   * where the file system can say so, as a temporary folder of Java's would be: what a build
   * keeps there holds the articles' words.
   */
  public static Path makePrivate(Path parent, String prefix) throws IOException {
    Path made = parent.resolve(nameFor(prefix) + FreshNames.next());
    return POSIX ? Files.createDirectory(made, OWNER_ONLY) : Files.createDirectory(made);
  }

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  /** The start of the name of a folder of kind {@code prefix} made by this process. */
  public static String nameFor(String prefix) {
    return prefix + ProcessHandle.current().pid() + "-";
  }

  /**
   * Deletes the folders in {@code parent} named {@code prefix + PID + "-…"} whose process is
   * gone and in which nothing changed since {@link #QUIET} before {@code now}. Never fails:
   * tidying up is a courtesy, and a folder that cannot be read is the next step's to report.
   */
  public static void removeStale(Path parent, String prefix, Instant now) {
    Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,18})-.*");
    FileTime cutoff = FileTime.from(now.minus(QUIET));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
        glob(prefix) + "*")) {
      for (Path entry : entries) {
        Matcher m = name.matcher(entry.getFileName().toString());
        try {
          if (m.matches() && !alive(Long.parseLong(m.group(1))) && quiet(entry, cutoff)) {
            delete(entry);
          }
        } catch (IOException | RuntimeException e) {
          // Another user's, or going as we look: left as it is.
        }
      }
    } catch (IOException | RuntimeException e) {
      // As above.
    }
  }

  /** {@code prefix} with the characters a glob gives a meaning escaped. */
  private static String glob(String prefix) {
    return prefix.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
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

  /**
   * Deletes {@code folder} if the JVM is stopped (Ctrl-C, a SIGTERM) before the returned handle
   * is closed: a stopped build does not unwind, so its own clean-up never runs. {@code first}
   * runs before, to stop whatever still writes there; what a writer already under way adds
   * is deleted by a second pass.
   */
  public static ShutdownDelete deleteOnShutdown(Path folder, Runnable first) {
    return new ShutdownDelete(new Thread(() -> {
      first.run();
      for (int pass = 0; pass < 5 && Files.exists(folder); pass++) {
        try {
          delete(folder);
        } catch (IOException | RuntimeException e) {
          // A file written as we deleted: the next pass takes it.
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }, "broadsheet-scratch-cleanup"));
  }

  /** The handle of {@link #deleteOnShutdown}: closing it keeps the folder. */
  public static final class ShutdownDelete implements AutoCloseable {
    private final Thread hook;

    private ShutdownDelete(Thread hook) {
      this.hook = hook;
      Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs, as it should.
      }
    }
  }

  /** Deletes {@code folder} and everything in it. */
  public static void delete(Path folder) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
