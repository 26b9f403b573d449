package dev.broadsheet.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Tells when anything changes in some folders, every folder below them included, or in some
 * single files. An editor saving a file makes several events (a temporary file written, then
 * renamed over the old one), and a batch of articles copied in makes thousands: a change is
 * waited for until the inputs have been quiet a moment, so that each batch is one change. Not
 * for use by several threads.
 */
public final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  /** Folders watched whole, as part of a tree. */
  private final Set<Path> treeFolders = new HashSet<>();
  /** Folders watched for some of their files only, with those files' names. */
  private final Map<Path, Set<String>> singleFiles = new HashMap<>();
  /** The folders watched whole, each watched in its own folder too, should it go and come back. */
  private final Set<Path> roots = new HashSet<>();

  /**
   * Watches {@code trees}, each a folder and everything below it, and {@code files}, each a
   * single file (its folder is watched, for it alone). Hidden folders are left out, as the
   * build leaves them out. A tree's folder that is deleted and made again, as when an archive is
   * restored from a copy, is watched again.
   *
   * @throws UncheckedIOException when they cannot be watched
   */
  public FolderWatcher(List<Path> trees, List<Path> files) {
    try {
      this.service = Path.of("").getFileSystem().newWatchService();
      for (Path tree : trees) {
        Path root = tree.toAbsolutePath().normalize();
        registerTree(root);
        roots.add(root);
        registerSingle(root);
      }
      for (Path file : files) {
        registerSingle(file.toAbsolutePath().normalize());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the site's inputs: " + e.getMessage(), e);
    }
  }

  private void register(Path folder) throws IOException {
    WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
    folders.put(key, folder);
  }

  /** Watches the folder of {@code path} for changes to {@code path} alone. */
  private void registerSingle(Path path) throws IOException {
    singleFiles.computeIfAbsent(path.getParent(), f -> new HashSet<>())
        .add(path.getFileName().toString());
    register(path.getParent());
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        register(dir);
        treeFolders.add(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (file.equals(root)) {
          throw e;
        }
        return FileVisitResult.CONTINUE; // gone since it was listed: nothing to watch
      }
    });
  }

  /**
   * Waits for a change, then for {@code quiet} to pass without another; returns the paths that
   * changed, or, when the system lost track of what did, the folders it lost track in. Meant to
   * be interrupted only to stop watching: a change taken when the thread is interrupted is not
   * given to a later call.
   *
   * @throws InterruptedException when the waiting thread is interrupted: time to stop
   */
  public Set<Path> awaitChange(Duration quiet) throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    while (changed.isEmpty()) {
      handle(service.take(), changed);
    }
    for (WatchKey key; (key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
      handle(key, changed);
    }
    return changed;
  }

  /** Takes a folder's events, adding to {@code changed} the inputs they changed. */
  private void handle(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null) {
        changed.addAll(roots); // events lost, and where is not known: all may have changed
      } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(folder); // events lost in this folder
      } else if (treeFolders.contains(folder)) {
        Path child = folder.resolve((Path) event.context());
        changed.add(child);
        if (!child.getFileName().toString().startsWith(".")) {
          watchIfNewFolder(event, child); // a new folder: its articles count too
        }
      } else if (singleFiles.getOrDefault(folder, Set.of())
          .contains(event.context().toString())) {
        Path child = folder.resolve((Path) event.context());
        changed.add(child);
        if (roots.contains(child)) {
          watchIfNewFolder(event, child); // a tree's folder made again
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder went
    }
  }

  private void watchIfNewFolder(WatchEvent<?> event, Path child) {
    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
      try {
        registerTree(child);
      } catch (IOException e) {
        // Gone again, or unreadable: the build says what is wrong with it.
      }
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Nothing more to watch either way.
    }
  }
}
