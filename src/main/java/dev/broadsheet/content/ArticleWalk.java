package dev.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One walk of {@link ArticleScanner}'s: the article files it finds below a folder of the
 * articles, those it passes over and why, and the links it meets. Used by one thread.
 */
final class ArticleWalk implements FolderWalk.Visitor {
  /** An article file found, with its stamp. */
  record Found(SourceFile file, ArticleScanner.Stamp stamp) {}

  private static final String OTHER = "not a regular file";
  private static final String HIDDEN = "hidden";
  private static final String BACKUP = "editor backup";
  private static final String NOT_ARTICLE = "not .txt or .md";
  /** Why a file that is not a link is skipped: the scan found no links, if it is patched. */
  static final Set<String> SKIP_REASONS = Set.of(OTHER, HIDDEN, BACKUP, NOT_ARTICLE);
  private static final String LINK_TO_FOLDER = "symbolic link to something not a file";

  private final Path root;
  private final Path realRoot;
  /** The article files found, in the order found. */
  final List<Found> articles = new ArrayList<>();
  /** The files passed over, each with the reason. */
  final List<String> skipped = new ArrayList<>();
  /** The symbolic links skipped because they lead outside the folder or nowhere. */
  final List<Warning> warnings = new ArrayList<>();
  /** Whether any symbolic link was found. */
  boolean links;

  ArticleWalk(Path root, Path realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /** Visits {@code entry}: a file, or a folder and everything in it. */
  void visit(Path entry) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS);
    String rel = FolderPaths.relative(root, entry);
    if (!attrs.isDirectory()) {
      visit(rel, entry, attrs);
    } else if (enter(rel, entry)) {
      FolderWalk.walk(root, entry, this);
    }
  }

  @Override
  public boolean enter(String rel, Path dir) {
    if (isHidden(rel, nameStart(rel))) {
      skipped.add(rel + "/ (hidden folder)");
      return false;
    }
    return true;
  }

  @Override
  public void visit(String rel, Path file, BasicFileAttributes attrs) throws IOException {
    String reason = skipReason(rel, nameStart(rel));
    if (attrs.isSymbolicLink()) {
      links = true;
    }
    if (reason == null && attrs.isSymbolicLink()) {
      reason = symlinkReason(file, realRoot);
      if (reason != null && !reason.equals(LINK_TO_FOLDER)) {
        warnings.add(new Warning(rel, "skipped: " + reason + " (links are not followed out"
            + " of the articles folder)"));
      }
    }
    if (reason == null && attrs.isOther()) {
      reason = OTHER;
    }
    if (reason == null) {
      // A link's own size and time say nothing of the file it leads to.
      ArticleScanner.Stamp stamp = ArticleScanner.Stamp.of(attrs.isSymbolicLink()
          ? Files.readAttributes(file, BasicFileAttributes.class) : attrs);
      articles.add(new Found(new SourceFile(root, rel), stamp));
    } else {
      skipped.add(rel + " (" + reason + ")");
    }
  }

  private static String symlinkReason(Path file, Path realRoot) {
    try {
      Path target = file.toRealPath();
      if (!target.startsWith(realRoot)) {
        return "symbolic link to outside the articles folder";
      }
      return Files.isRegularFile(target) ? null : LINK_TO_FOLDER;
    } catch (IOException e) {
      return "broken symbolic link, or a loop of links";
    }
  }

  /**
   * Why the file at {@code rel}, whose name begins at {@code name}, is not an article, or null
   * when it is one. Looked at where it lies: the name cut out was another string a file.
   */
  private static String skipReason(String rel, int name) {
    if (isHidden(rel, name)) {
      return HIDDEN;
    }
    if (rel.endsWith("~") || rel.startsWith("#", name) || rel.endsWith(".swp")
        || rel.endsWith(".bak") || rel.endsWith(".orig")) {
      return BACKUP;
    }
    if (rel.endsWith(".txt") || rel.endsWith(".md")) {
      return null;
    }
    return NOT_ARTICLE;
  }

  private static boolean isHidden(String rel, int name) {
    return rel.startsWith(".", name);
  }

  /** Where the last name of a path below the scan's folder begins. */
  private static int nameStart(String rel) {
    return rel.lastIndexOf('/') + 1;
  }
}
