package dev.broadsheet.site;

import dev.broadsheet.scratch.FreshNames;
import dev.broadsheet.scratch.ScratchFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The only class that writes the site. Pages go to a staging folder beside the output folder;
 * {@link #commit()} puts them in place, so a failed build never touches the site. An existing
 * output folder is replaced only if a previous build made it (it holds the {@link #MARKER} file)
 * or it is empty, and no path can be written outside the staging folder. Writes may come from
 * many threads at once.
 *
 * <p>A site built from scratch is swapped in whole. When the build cache describes the existing
 * site exactly (every file there, and nothing else, with the size and time it was written
 * with), the site is patched instead: only files whose bytes changed are staged, and the commit
 * moves each into place (a rename, atomic for each file) and deletes the files this build did
 * not write, so an edit to one article costs a few file operations, not one for every page of
 * the archive. A {@link #PATCHING} file in the site marks a patch under way: if the build dies
 * during it, the next build sees a site the cache does not describe and replaces it whole.
 */
public final class OutputWriter implements AutoCloseable {
  /** Marks a folder as made by Broadsheet, so that it may be replaced. */
  public static final String MARKER = ".broadsheet";
  private static final String MARKER_TEXT =
      "This folder is written by Broadsheet. Every build replaces what is in it.\n";
  /** Present in the site while a patch is being put in place. */
  static final String PATCHING = ".broadsheet-patching";

  /**
   * The most bytes of a file given to one system call: Java copies them to memory outside the
   * heap first, and each thread keeps that memory for its next write.
   */
  private static final int WRITE_SIZE = 1 << 20;

  private final Path out;
  private final Path staging;
  /** The existing site's files, when this writer patches it; null when it replaces it. */
  private final FileTable previous;
  /** What {@link #removed} found, once the site is written. */
  private Set<String> removed;
  private final FileTable.Builder written;
  /** The files written anew when patching, which the commit moves into place. */
  private final Set<String> staged = ConcurrentHashMap.newKeySet();
  private final Map<Path, Path> folders = new ConcurrentHashMap<>();
  private FileTable site;
  private boolean committed;
  /** Deletes the staging folder if the JVM is stopped; closed with the writer. */
  private final ScratchFolders.ShutdownDelete onShutdown;
  /** Set when the JVM is stopped, so that no page is written while the staging folder goes. */
  private final AtomicBoolean stopped;

  private OutputWriter(Path out, Path staging, FileTable previous,
      ScratchFolders.ShutdownDelete onShutdown, AtomicBoolean stopped) {
    this.out = out;
    this.staging = staging;
    this.previous = previous;
    this.onShutdown = onShutdown;
    this.stopped = stopped;
    // A patch names the files the last build had by their place in its table.
    this.written = new FileTable.Builder(previous);
  }

  /**
   * As {@link #open(Path)}, patching the existing site if {@code previous} describes it exactly.
   */
  static OutputWriter open(Path outFolder, FileTable previous) {
    return open(outFolder, previous, ExistingSite.describes(outFolder, previous));
  }

  /**
   * As {@link #open(Path)}, patching the existing site if {@code described}: the caller has
   * found that {@code previous} describes it exactly, as {@link ExistingSite#describes} does.
   */
  static OutputWriter open(Path outFolder, FileTable previous, boolean described) {
    OutputWriter writer = open(outFolder);
    if (previous.size() == 0 || !described) {
      return writer;
    }
    return new OutputWriter(writer.out, writer.staging, previous, writer.onShutdown,
        writer.stopped);
  }

  /**
   * Checks that {@code out} may be replaced and creates the staging folder beside it.
   *
   * @throws BuildException when {@code out} is not ours to replace
   */
  public static OutputWriter open(Path outFolder) {
    Path out = ExistingSite.checkReplaceable(outFolder);
    try {
      Files.createDirectories(out.getParent());
      // Named after this process, so that a later build deletes it if this one is killed; as
      // is the old site while it is deleted, which takes a while for a large one.
      ScratchFolders.removeStale(out.getParent(), stagingKind(out), Instant.now());
      ScratchFolders.removeStale(out.getParent(), oldKind(out), Instant.now());
      Path staging = out.resolveSibling(ScratchFolders.nameFor(stagingKind(out))
          + FreshNames.next());
      Files.createDirectory(staging);
      AtomicBoolean stopped = new AtomicBoolean();
      return new OutputWriter(out, staging, null,
          ScratchFolders.deleteOnShutdown(staging, () -> stopped.set(true)), stopped);
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
    write(path, bytes, null);
  }

  /**
   * Writes {@code bytes} to {@code path}, relative to the site root, noting for the next build
   * that they were made from inputs fingerprinted by {@code key} (null when not fingerprinted).
   *
   * @return where the file is in the table of what this build wrote ({@link #written}), unless
   *         that table is {@linkplain FileTable#renumbered renumbered}
   */
  int write(String path, byte[] bytes, String key) {
    if (stopped.get()) {
      throw new UncheckedIOException("the build was stopped; the site was left as it was",
          new IOException("stopped"));
    }
    Path target = OutputPaths.inside(staging, path);
    // Known by its normal form ("a/../b.html" is "b.html"), as the commit and the cache see it.
    String name = OutputPaths.of(staging, target);
    try {
      int old = previous == null ? -1 : previous.find(name);
      if (old >= 0 && unchanged(name, old, bytes)) {
        return written.keep(old, key);
      }
      makeFolder(target.getParent());
      writeFile(target, bytes);
      if (previous != null) {
        staged.add(name);
      }
      long time = Files.getLastModifiedTime(target).toMillis();
      return old >= 0 ? written.add(old, bytes.length, time, key)
          : written.add(name, bytes.length, time, key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Writes {@code bytes} to {@code file}, replacing it, a megabyte a system call: {@link
   * Files#write} makes one for every 8 KB, three or four for most pages, and a system call is
   * what writing a page costs most.
   */
  private static void writeFile(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
      for (int from = 0; from < bytes.length; ) {
        ByteBuffer slice = ByteBuffer.wrap(bytes, from, Math.min(WRITE_SIZE, bytes.length - from));
        while (slice.hasRemaining()) {
          channel.write(slice);
        }
        from = slice.position();
      }
    }
  }

  /**
   * Keeps the existing site's file at {@code path} as it is, when patching and it is there,
   * noting that it was made from inputs fingerprinted by {@code key}.
   *
   * @return false when the page has to be written after all
   */
  boolean keep(String path, String key) {
    String name = siteName(path);
    int old = previous == null ? -1 : previous.find(name);
    if (old < 0) {
      return false;
    }
    written.keep(old, key);
    return true;
  }

  /**
   * Keeps the existing site's file {@code file}, by its place in the table of files this writer
   * was opened with, as it is, when patching, noting that it was made from inputs fingerprinted
   * by {@code key}.
   *
   * @return false when the page has to be written after all
   */
  boolean keep(int file, String key) {
    return kept(file, key) >= 0;
  }

  /**
   * As {@link #keep(int, String)}, giving where the file is in the table of what this build
   * wrote, as {@link #write(String, byte[], String)} does, or -1 when the page has to be written
   * after all.
   */
  int kept(int file, String key) {
    return previous == null ? -1 : written.keep(file, key);
  }

  /**
   * Keeps the existing site's file {@code file} as it is, with the key the last build noted for
   * it, when patching; where it is in this build's table as {@link #kept}, or -1 when it has
   * to be written after all. {@code file} is its place in the table this writer was opened
   * with, or -1 for none, in which case it is written too.
   */
  int keptAsIs(int file) {
    return previous == null || file < 0 || file >= previous.size() ? -1
        : written.keepAsIs(file);
  }

  /**
   * Keeps the existing site's files at {@code paths} as they are, when patching and every one
   * of them is there; otherwise keeps none.
   *
   * @return false when the files have to be written after all
   */
  boolean keepAll(List<String> paths) {
    if (previous == null) {
      return false;
    }
    for (String path : paths) {
      if (previous.find(siteName(path)) < 0) {
        return false;
      }
    }
    for (String path : paths) {
      keep(path, null);
    }
    return true;
  }

  /**
   * The name the site and the cache know {@code path} by. A rebuild keeps most of a large
   * site's files: a name already in normal form is taken as it is, without the path operations
   * that would check it.
   */
  private String siteName(String path) {
    return OutputPaths.isNormal(path) ? path
        : OutputPaths.of(staging, OutputPaths.inside(staging, path));
  }

  /** Once per folder, as a hundred thousand pages share a few; others wait until it exists. */
  private void makeFolder(Path folder) {
    folders.computeIfAbsent(folder, f -> {
      try {
        return Files.createDirectories(f);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + f, e);
      }
    });
  }

  /** Files written anew or deleted: every file, unless patching. */
  int rewritten() {
    if (previous == null) {
      return written().size();
    }
    return staged.size() + removed().size();
  }

  /** What is in the site once committed, for the next build's cache. */
  FileTable written() {
    if (site == null) {
      site = written.build();
    }
    return site;
  }

  /**
   * The existing site's files this build did not write, in path order. Every file written or
   * kept at a path of the existing site was found there, and is held as that file ({@link
   * FileTable#fromBase}): looking each of a large site's paths up again, twice, took 0.3 s of
   * a rebuild of 100,000 articles.
   */
  private Set<String> removed() {
    if (removed == null) {
      BitSet held = written().fromBase();
      removed = new TreeSet<>();
      for (int i = held.nextClearBit(0); i < previous.size(); i = held.nextClearBit(i + 1)) {
        removed.add(previous.path(i));
      }
    }
    return removed;
  }

  /** Compares with the existing file itself: cheaper than hashing every page of every build. */
  private boolean unchanged(String path, int old, byte[] bytes) throws IOException {
    return previous.fileSize(old) == bytes.length
        && Arrays.equals(Files.readAllBytes(out.resolve(path)), bytes);
  }

  /** Puts the staged site in place of the output folder, or patches the existing site. */
  public void commit() {
    write(MARKER, MARKER_TEXT);
    try {
      if (previous != null) {
        patch();
      } else {
        swap();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BuildException("cannot put the new site in place of " + out + ": " + e, e);
    }
    committed = true;
  }

  private void swap() throws IOException {
    Path old = out.resolveSibling(ScratchFolders.nameFor(oldKind(out)) + FreshNames.next());
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
    if (hadOld) {
      deleteTree(old);
    }
  }

  /**
   * Deletes what this build did not write, then moves each staged file over its old version,
   * in path order. Folders left empty go too, as a build from scratch would not make them.
   */
  private void patch() throws IOException {
    Path marker = out.resolve(PATCHING);
    Files.write(marker, new byte[0]);
    Set<Path> emptied = new TreeSet<>(Comparator.reverseOrder());
    for (String path : removed()) {
      Path file = out.resolve(path);
      Files.deleteIfExists(file);
      emptied.add(file.getParent());
    }
    for (String path : new TreeSet<>(staged)) {
      Path target = out.resolve(path);
      Files.createDirectories(target.getParent());
      Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    // Deepest first, so a folder emptied of folders goes too.
    for (Path folder : emptied) {
      for (Path f = folder; f.startsWith(out) && !f.equals(out); f = f.getParent()) {
        if (Files.isDirectory(f) && !ExistingSite.isEmpty(f)) {
          break;
        }
        Files.deleteIfExists(f);
      }
    }
    Files.delete(marker);
    deleteTree(staging);
  }

  /** Removes the staging folder unless the site was committed. */
  @Override
  public void close() {
    onShutdown.close();
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      ScratchFolders.delete(root);
    }
  }

  /** The start of the names of the site's staging copies. */
  private static String stagingKind(Path out) {
    return "." + out.getFileName() + ".building-";
  }

  /** The start of the names of the old site, moved aside to be deleted. */
  private static String oldKind(Path out) {
    return "." + out.getFileName() + ".old-";
  }
}
