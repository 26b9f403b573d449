package dev.broadsheet.content;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The articles folder's scan, kept from one build to the next by a process that watches the
 * folder: each build after the first looks again only at what the watcher said changed (see
 * {@link ArticleScanner#rescan}), where a scan asks the file system about every file: a third
 * of a second for 100,000 articles. Used by one thread.
 */
public final class WatchedScan {
  private final Set<Path> changed = new HashSet<>();
  private Path folder;
  private ArticleScanner.Scan last;

  /** Notes that {@code paths} changed since the last scan, as a watcher reported them. */
  public void changed(Collection<Path> paths) {
    changed.addAll(paths);
  }

  /** What {@link ArticleScanner#scan} would find in {@code articles} now. */
  public ArticleScanner.Scan scan(Path articles) {
    Path now = articles.toAbsolutePath().normalize();
    ArticleScanner.Scan scan = last != null && now.equals(folder)
        ? ArticleScanner.rescan(now, last, changed) : ArticleScanner.scan(now);
    changed.clear();
    folder = now;
    last = scan;
    return scan;
  }
}
