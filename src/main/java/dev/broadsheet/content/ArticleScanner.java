package dev.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the article files below a folder: {@code .txt} and {@code .md}, recursively, skipping
 * hidden files and folders, editor backups and anything else. The result is sorted by relative
 * path, so it does not depend on the order the file system lists files in.
 *
 * <p>Symbolic links: a link to an article file inside the folder is read like the file; a link
 * to a folder is not followed (so a loop cannot hang the scan); a link that leads outside the
 * folder, or nowhere, is skipped with a warning, since an archive must not pull in whatever a
 * link happens to point at (another user's files, {@code /etc/passwd}).
 */
public final class ArticleScanner {

  /**
   * What was found.
   *
   * @param articles the article files, sorted by relative path
   * @param stamps   each article file's size and time when it was found, in the same order
   * @param skipped  files passed over, with the reason, sorted
   * @param warnings symbolic links skipped because they lead outside the folder or nowhere
   * @param links    whether any symbolic link was found: a link's file is stamped with what it
   *                 leads to, which can change without the link changing
   */
  public record Scan(List<SourceFile> articles, List<Stamp> stamps, List<String> skipped,
      List<Warning> warnings, boolean links) {
    public Scan {
      articles = List.copyOf(articles);
      stamps = StampList.of(stamps);
      skipped = List.copyOf(skipped);
      warnings = List.copyOf(warnings);
      if (stamps.size() != articles.size()) {
        throw new IllegalArgumentException("a stamp for each article");
      }
    }
  }

  /**
   * A file's size and last-modified time, as the walk found them: a build that finds a file as
   * its cache last saw it need not read it, nor ask the file system again.
   *
   * @param size     in bytes
   * @param modified milliseconds since the epoch
   */
  public record Stamp(long size, long modified) {
    static Stamp of(BasicFileAttributes attrs) {
      return new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
    }
  }

  private ArticleScanner() {}

  public static Scan scan(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    Path realRoot;
    List<Path> top;
    try {
      realRoot = root.toRealPath();
      try (Stream<Path> entries = Files.list(root)) {
        top = entries.sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Each folder at the top is walked on its own, in parallel: a large archive's files are
    // spread over a few folders, and a walk waits on the file system a file at a time.
    List<ArticleWalk> parts = top.parallelStream().map(entry -> {
      ArticleWalk found = new ArticleWalk(root, realRoot);
      try {
        found.visit(entry);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // Sorted here, on both cores. Sorting 100,000 paths on one thread took 50 ms of a
      // rebuild.
      found.articles.sort(BY_PATH);
      return found;
    }).toList();
    List<ArticleWalk.Found> found = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    boolean links = false;
    boolean inOrder = true;
    for (ArticleWalk part : parts) {
      // The folders' files follow each other in order unless a folder's "a-b/" sorts before
      // another's "a/": then all of them are sorted again.
      inOrder &= found.isEmpty() || part.articles.isEmpty()
          || BY_PATH.compare(found.get(found.size() - 1), part.articles.get(0)) < 0;
      found.addAll(part.articles);
      skipped.addAll(part.skipped);
      warnings.addAll(part.warnings);
      links |= part.links;
    }
    if (!inOrder) {
      found.sort(BY_PATH);
    }
    return sorted(found, skipped, warnings, links);
  }

  private static final Comparator<ArticleWalk.Found> BY_PATH =
      (a, b) -> a.file().relativePath().compareTo(b.file().relativePath());

  /**
   * What was found, {@code found} in path order already. (Sorting the 100,000 files of a
   * rebuild again, found in order, took 39 ms of its main thread: a comparison of two paths,
   * each reached through two objects made on two threads, is four misses of the processor's
   * cache.)
   */
  private static Scan sorted(List<ArticleWalk.Found> found, List<String> skipped,
      List<Warning> warnings, boolean links) {
    skipped.sort(Comparator.naturalOrder());
    warnings.sort(Comparator.naturalOrder());
    // Taken as they are by the scan, not copied again.
    SourceFile[] files = new SourceFile[found.size()];
    long[] sizes = new long[found.size()];
    long[] modified = new long[found.size()];
    for (int i = 0; i < files.length; i++) {
      ArticleWalk.Found f = found.get(i);
      files[i] = f.file();
      sizes[i] = f.stamp().size();
      modified[i] = f.stamp().modified();
    }
    return new Scan(List.of(files), StampList.of(sizes, modified), skipped, warnings, links);
  }

  /**
   * What {@link #scan} would find in {@code folder} now, when {@code previous} is what it found
   * before and only the paths {@code changed} (absolute, as a file watcher gives them) have
   * changed since: each changed file, or folder with everything in it, is looked at again, and
   * nothing else. The whole folder is scanned again when it changed itself, when a link is
   * found, or when the earlier scan found one. Paths outside the folder, or in a hidden folder
   * in it, are not its concern.
   */
  public static Scan rescan(Path folder, Scan previous, Collection<Path> changed) {
    Path root = folder.toAbsolutePath().normalize();
    if (previous.links()) {
      return scan(folder);
    }
    TreeMap<String, ArticleWalk.Found> articles = new TreeMap<>();
    for (int i = 0; i < previous.articles().size(); i++) {
      SourceFile file = previous.articles().get(i);
      articles.put(file.relativePath(), new ArticleWalk.Found(file, previous.stamps().get(i)));
    }
    TreeSet<String> skipped = new TreeSet<>(previous.skipped());
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      return scan(folder); // which says what is wrong
    }
    for (Path path : changed) {
      Path file = path.toAbsolutePath().normalize();
      if (root.startsWith(file)) {
        return scan(folder); // the folder itself, or one it is in
      }
      String rel = file.startsWith(root) ? FolderPaths.relative(root, file) : null;
      if (rel == null || inHiddenFolder(rel)) {
        continue; // not in the folder, or in a hidden folder the scan does not go into
      }
      // What the earlier scan found there, a file or a folder and everything in it, goes.
      articles.remove(rel);
      articles.subMap(rel + "/", rel + "0").clear();
      skipped.removeIf(entry -> entry.startsWith(rel + "/") || isSkipOf(entry, rel));
      ArticleWalk found = new ArticleWalk(root, realRoot);
      try {
        found.visit(file);
      } catch (NoSuchFileException e) {
        continue; // gone
      } catch (IOException e) {
        return scan(folder);
      }
      if (found.links) {
        return scan(folder);
      }
      found.articles.forEach(f -> articles.put(f.file().relativePath(), f));
      skipped.addAll(found.skipped);
    }
    return sorted(new ArrayList<>(articles.values()), new ArrayList<>(skipped),
        new ArrayList<>(), false);
  }

  private static boolean inHiddenFolder(String rel) {
    int name = rel.lastIndexOf('/');
    return name >= 0 && ("/" + rel.substring(0, name)).contains("/.");
  }

  /** Whether {@code entry} of a scan's skipped files says why {@code rel} was skipped. */
  private static boolean isSkipOf(String entry, String rel) {
    return entry.length() > rel.length() + 3 && entry.startsWith(rel + " (")
        && entry.endsWith(")") && ArticleWalk.SKIP_REASONS.contains(
            entry.substring(rel.length() + 2, entry.length() - 1));
  }
}
