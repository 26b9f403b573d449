package dev.broadsheet.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Checks every file of a built site and lists the problems, sorted by file. */
public final class SiteChecker {
  /**
   * What was checked and found.
   *
   * @param pages    HTML pages read
   * @param files    files in the site
   * @param problems sorted by file, then message; empty when the site is clean
   */
  public record Report(int pages, int files, List<Problem> problems) {
    public Report {
      problems = List.copyOf(problems);
    }
  }

  private SiteChecker() {}

  /**
   * Checks the site in {@code folder}.
   *
   * @throws IllegalArgumentException when {@code folder} is not a folder
   */
  public static Report check(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("site folder " + folder
          + (Files.exists(folder) ? " is not a folder" : " does not exist"));
    }
    Path root = folder.toAbsolutePath().normalize();
    List<Path> files = files(root);
    List<Problem> problems = new ArrayList<>();
    Map<Path, PageCheck.Page> pages = new HashMap<>();
    for (Path file : files) {
      String name = SitePath.of(root, file);
      if (name.endsWith(".html")) {
        pages.put(file, PageCheck.check(name, file, problems));
      } else if (name.endsWith(".xml")) {
        DataFileCheck.xml(name, file, problems);
      } else if (name.endsWith(".json")) {
        DataFileCheck.json(name, file, problems);
      }
    }
    if (pages.isEmpty()) {
      problems.add(new Problem(".", "no HTML pages: not a built site"));
    }
    new LinkCheck(root, pages).check(problems);
    problems.sort(null);
    return new Report(pages.size(), files.size(), problems);
  }

  /** Every regular file, sorted, so the report does not depend on file-system order. */
  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
