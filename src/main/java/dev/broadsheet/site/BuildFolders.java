package dev.broadsheet.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders a build reads and writes, checked before anything is read or written. */
final class BuildFolders {
  private BuildFolders() {}

  /**
   * Throws if the articles or templates folder is missing, if the output folder is, holds or is
   * held by an input folder (a build would read what it writes, or delete what it reads), or if
   * what is at the output folder is not a site a build may replace.
   */
  static void check(BuildOptions options) {
    Path articles = options.articles().toAbsolutePath().normalize();
    Path out = options.out().toAbsolutePath().normalize();
    if (!Files.isDirectory(articles)) {
      throw new BuildException("articles folder " + options.articles() + " does not exist");
    }
    if (options.templates().isPresent() && !Files.isDirectory(options.templates().get())) {
      throw new BuildException("templates folder " + options.templates().get()
          + " does not exist");
    }
    List<Path> inputs = new ArrayList<>(List.of(articles));
    options.templates().ifPresent(t -> inputs.add(t.toAbsolutePath().normalize()));
    for (Path input : inputs) {
      if (input.startsWith(out) || out.startsWith(input)) {
        throw new BuildException("the output folder " + options.out()
            + " must not be, contain or be inside the input folder " + input);
      }
    }
    ExistingSite.checkReplaceable(options.out());
  }
}
