import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the class-data archive that {@code mvn package} leaves beside the jar, run by the exec
 * plugin as a single-file program ({@code java ClassDataTraining.java JAR ARTICLES TEMPLATES
 * CONFIG WORK ARCHIVE}). It builds a copy of the example articles, then edits all but the
 * first of them, adds one, and builds again in a JVM that writes the archive as it exits. That
 * second build reads the first article from the build cache and parses, renders and indexes
 * the rest, so the archive holds what a full build loads and what only a rebuild does (the
 * cache's readers and their lambdas): a rebuild of 100,000 after an edit took 2.14 s against
 * 2.21 s with an archive of a full build alone (eight alternating).
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 6) {
      throw new IllegalArgumentException(
          "usage: ClassDataTraining JAR ARTICLES TEMPLATES CONFIG WORK ARCHIVE");
    }
    Path jar = Path.of(args[0]);
    Path examples = Path.of(args[1]);
    Path work = Path.of(args[4]);
    Path articles = work.resolve("articles");
    deleteTree(work);
    copyTree(examples, articles);
    List<String> build = List.of("-Dbroadsheet.launch=false", "-jar", jar.toString(), "build",
        "--quiet", "--articles=" + articles, "--templates=" + args[2], "--config=" + args[3],
        "--out=" + work.resolve("site"));
    run(build);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
          .sorted().toList();
    }
    for (Path file : files.subList(1, files.size())) {
      Files.writeString(file, "\n\nA sentence added to train the class-data archive.\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    // A new story: a new page in every listing and sitemap it is on.
    Files.writeString(articles.resolve("class-data-training.md"), String.join("\n", "---",
        "title: A story added to train the class-data archive", "date: 2017-05-19",
        "section: World", "tags:", "  - Training", "---", "", "A story with one sentence.", ""),
        StandardCharsets.UTF_8);
    List<String> archived = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + args[5],
        // Classes of old bytecode versions are left out; saying so for each is noise.
        "-Xlog:cds*=error"));
    archived.addAll(build);
    run(archived);
  }

  private static void run(List<String> javaArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArgs);
    int code = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (code != 0) {
      throw new IOException("exit code " + code + " from " + String.join(" ", command));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
