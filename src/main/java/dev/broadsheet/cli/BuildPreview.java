package dev.broadsheet.cli;

import dev.broadsheet.site.SiteBuilder;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * A quick look, for {@link TunedJvmLauncher}, at the build a command line asks for, before any
 * JVM is tuned for it: its articles folder, how many article files are in it, and whether it is
 * likely a rebuild from the cache. Quick, as it delays every build.
 */
final class BuildPreview {
  private BuildPreview() {}

  /**
   * Whether the build {@code args} ask for will most likely find its cache usable, and so read
   * and render only what changed: the site was built with its cache since the jar on
   * {@code classPath}, the configuration and the templates last changed. If so, how many article
   * files the last build read; if not, empty. Only for a command line read without picocli
   * ({@link #quickOptions}), and a jar.
   */
  static OptionalInt likelyRebuild(String[] args, String classPath) {
    Map<String, String> options = quickOptions(args);
    if (options == null || !classPath.endsWith(".jar")
        || classPath.contains(File.pathSeparator)) {
      return OptionalInt.empty();
    }
    try {
      Path out = Path.of(options.get("out"));
      Optional<FileTime> built = SiteBuilder.lastBuilt(out);
      if (built.isEmpty()) {
        return OptionalInt.empty();
      }
      List<Path> inputs = new ArrayList<>(List.of(Path.of(classPath)));
      inputs.add(Path.of(Objects.requireNonNullElse(options.get("config"),
          BuildCommand.DEFAULT_CONFIG)));
      Path templates = Path.of(Objects.requireNonNullElse(options.get("templates"), "templates"));
      if (Files.isDirectory(templates)) {
        try (Stream<Path> walk = Files.walk(templates)) {
          walk.forEach(inputs::add);
        }
      }
      for (Path input : inputs) {
        if (Files.exists(input)
            && Files.getLastModifiedTime(input).compareTo(built.get()) >= 0) {
          return OptionalInt.empty();
        }
      }
      return SiteBuilder.lastBuiltArticles(out);
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /** The articles folder of a {@code build} that {@code args} ask for, if they do. */
  static Optional<Path> articles(String[] args) {
    Path quick = quickArticles(args);
    return quick != null ? Optional.of(quick) : parsedArticles(args);
  }

  /**
   * The articles folder of {@code args} read without picocli, or null unless they are
   * {@code build} followed by its own options only, each written whole ({@code -a DIR} or
   * {@code --articles=DIR}; no clusters, no help). Reading a command line with picocli took
   * 0.11 s of this JVM's start, and the tuned JVM reads it again anyway, reporting any mistake
   * in it.
   */
  static Path quickArticles(String[] args) {
    Map<String, String> options = quickOptions(args);
    try {
      return options == null || options.get("articles") == null ? null
          : Path.of(options.get("articles"));
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /**
   * An option of {@code build} as {@link #quickOptions} reads it.
   *
   * @param field        the {@link BuildCommand} field it sets
   * @param names        its names
   * @param takesValue   whether it takes a value (all but the switches)
   * @param defaultValue its default value, or null for none
   */
  record QuickOption(String field, List<String> names, boolean takesValue, String defaultValue) {}

  /**
   * The options of {@code build}, as {@link BuildCommand}'s fields declare them. Written out
   * rather than read from the fields' annotations: reading them took 35-42 ms of every build's
   * start, the reflection and picocli's classes loaded cold in a JVM that needs neither.
   * {@code TunedJvmLauncherTest} checks the list against the annotations.
   */
  static final List<QuickOption> BUILD_OPTIONS = List.of(
      new QuickOption("articles", List.of("-a", "--articles"), true, "articles"),
      new QuickOption("templates", List.of("-t", "--templates"), true, null),
      new QuickOption("out", List.of("-o", "--out"), true, "site"),
      new QuickOption("config", List.of("-c", "--config"), true, null),
      new QuickOption("baseUrl", List.of("--base-url"), true, null),
      new QuickOption("drafts", List.of("--drafts"), false, null),
      new QuickOption("future", List.of("--future"), false, null),
      new QuickOption("clock", List.of("--clock"), true, null),
      new QuickOption("strict", List.of("--strict"), false, null),
      new QuickOption("keepGoing", List.of("--keep-going"), false, null),
      new QuickOption("verbose", List.of("-v", "--verbose"), false, null),
      new QuickOption("quiet", List.of("-q", "--quiet"), false, null),
      new QuickOption("watch", List.of("--watch"), false, null));

  /** {@link #BUILD_OPTIONS} by each of their names. */
  private static final Map<String, QuickOption> BY_NAME = byName(BUILD_OPTIONS);

  private static Map<String, QuickOption> byName(List<QuickOption> options) {
    Map<String, QuickOption> byName = new HashMap<>();
    for (QuickOption option : options) {
      for (String name : option.names()) {
        byName.put(name, option);
      }
    }
    return Map.copyOf(byName);
  }

  /**
   * The values of the options of {@code build} that take one, by the name of the
   * {@link BuildCommand} field they set, given or by default (none for an option without one),
   * read without picocli as {@link #quickArticles} reads them; null unless {@code args} can be
   * read so.
   */
  static Map<String, String> quickOptions(String[] args) {
    if (args.length == 0 || !args[0].equals("build")) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (QuickOption option : BUILD_OPTIONS) {
      if (option.defaultValue() != null) {
        values.put(option.field(), option.defaultValue());
      }
    }
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      String value = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      QuickOption option = BY_NAME.get(name);
      if (option == null || !option.takesValue() && value != null) {
        return null;
      }
      if (option.takesValue() && value == null) {
        if (++i == args.length || args[i].startsWith("-")) {
          return null;
        }
        value = args[i];
      }
      if (option.takesValue()) {
        values.put(option.field(), value);
      }
    }
    return values;
  }

  /** As {@link #articles}, by picocli. */
  static Optional<Path> parsedArticles(String[] args) {
    StringWriter ignored = new StringWriter();
    PrintWriter sink = new PrintWriter(ignored);
    CommandLine cli = new CommandLine(new BroadsheetCommand(sink, sink, Map.of()));
    try {
      ParseResult parsed = cli.parseArgs(args);
      ParseResult build = parsed.subcommand();
      if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || build == null
          || !build.commandSpec().name().equals("build") || build.isUsageHelpRequested()
          || build.isVersionHelpRequested()) {
        return Optional.empty();
      }
      return Optional.of(((BuildCommand) build.commandSpec().userObject()).articles());
    } catch (CommandLine.ParameterException e) {
      // This JVM reports it.
      return Optional.empty();
    }
  }

  /**
   * How many article files ({@code .md}, {@code .txt}, not hidden) are in {@code dir} and below,
   * counted up to {@code limit}. By their names, so only what may be a folder is looked at: a
   * walk that read every file's attributes took 0.33-0.39 s for 100,000 articles, the names
   * 0.07 s. Links to folders are not followed, as the scan does not follow them.
   */
  static int countFiles(Path dir, int limit) {
    int files = 0;
    String[] names = dir.toFile().list();
    if (names == null) {
      return 0; // not a folder, or unreadable: the build says what is wrong with it
    }
    for (String name : names) {
      if (files >= limit) {
        break;
      }
      if (name.startsWith(".")) {
        continue;
      }
      if (name.endsWith(".md") || name.endsWith(".txt")) {
        files++;
      } else {
        Path entry = dir.resolve(name);
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          files += countFiles(entry, limit - files);
        }
      }
    }
    return files;
  }
}
