package dev.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * The only class that writes the site. Pages go to a staging folder beside the output folder;
 * {@link #commit()} swaps it in, so readers and a failed build never see a half-written site.
 * An existing output folder is replaced only if a previous build made it (it holds the
 * {@link #MARKER} file) or it is empty, and no path can be written outside the staging folder.
 * Writes may come from many threads at once.
 */
public final class OutputWriter implements AutoCloseable {
  /** Marks a folder as made by Broadsheet, so that it may be replaced. */
  public static final String MARKER = ".broadsheet";
  private static final String MARKER_TEXT =
      "This folder is written by Broadsheet. Every build replaces it as a whole.\n";

  private final Path out;
  private final Path staging;
  private boolean committed;

  private OutputWriter(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  /**
   * Checks that {@code out} may be replaced and creates the staging folder beside it.
   *
   * @throws BuildException when {@code out} is not ours to replace
   */
  public static OutputWriter open(Path outFolder) {
    Path out = outFolder.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw new BuildException("refusing to write the site to " + out);
    }
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new BuildException("output " + outFolder + " is a file, not a folder");
      }
      if (!Files.isRegularFile(out.resolve(MARKER)) && !isEmpty(out)) {
        throw new BuildException("output folder " + outFolder + " is not empty and was not made by"
            + " Broadsheet; refusing to replace it (choose another --out, or empty it)");
      }
    }
    try {
      Files.createDirectories(out.getParent());
      Path staging = out.resolveSibling("." + out.getFileName() + ".building-" + UUID.randomUUID());
      Files.createDirectory(staging);
      return new OutputWriter(out, staging);
    } catch (IOException e) {
      throw new BuildException("cannot create a folder beside " + outFolder + ": " + e, e);
    }
  }

  /** Writes {@code text} as UTF-8 to {@code path}, relative to the site root. */
  public void write(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code path}, relative to the site root. */
  public void write(String path, byte[] bytes) {
    Path target = resolve(path);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private Path resolve(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      throw new IllegalArgumentException("not a site path: " + path);
    }
    Path target = staging.resolve(path).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException("path leaves the output folder: " + path);
    }
    return target;
  }

  /** Puts the staged site in place of the output folder. */
  public void commit() {
    write(MARKER, MARKER_TEXT);
    Path old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
    try {
      boolean hadOld = Files.exists(out);
      if (hadOld) {
        Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (hadOld) {
          Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      committed = true;
      if (hadOld) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new BuildException("cannot put the new site in place of " + out + ": " + e, e);
    }
  }

  /** Removes the staging folder unless the site was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
