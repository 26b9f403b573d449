package dev.broadsheet.cli;

import dev.broadsheet.config.ConfigException;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Warning;
import dev.broadsheet.content.WatchedScan;
import dev.broadsheet.site.BuildOptions;
import dev.broadsheet.site.BuildProgress;
import dev.broadsheet.site.BuildResult;
import dev.broadsheet.site.SiteBuilder;
import dev.broadsheet.watch.FolderWatcher;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code broadsheet build}: articles in, a complete static site out. */
@Command(name = "build", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds the site from the article files.")
final class BuildCommand implements Callable<Integer> {
  static final String DEFAULT_CONFIG = "broadsheet.yaml";

  @ParentCommand
  private BroadsheetCommand parent;

  @Option(names = {"-a", "--articles"}, paramLabel = "DIR", defaultValue = "articles",
      description = "Folder of article files (.txt, .md). Default: ${DEFAULT-VALUE}")
  private Path articles;

  @Option(names = {"-t", "--templates"}, paramLabel = "DIR",
      description = "Folder of templates that override the default theme. Default: templates,"
          + " if it exists")
  private Path templates;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "site",
      description = "Output folder. Default: ${DEFAULT-VALUE}")
  private Path out;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Site configuration (YAML). Default: " + DEFAULT_CONFIG + ", if it exists")
  private Path config;

  @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
      description = "Absolute URL the site is published at, for canonical links")
  private URI baseUrl;

  @Option(names = "--drafts", description = "Include articles marked draft: true")
  private boolean drafts;

  @Option(names = "--future", description = "Include articles dated after the build clock")
  private boolean future;

  @Option(names = "--clock", paramLabel = "TIME", converter = ClockConverter.class,
      description = "The build's idea of now, e.g. 2017-05-18T12:00:00Z, for drafts, embargoes"
          + " and the News sitemap. SOURCE_DATE_EPOCH, when set, wins. Default: now")
  private Instant clock;

  @Option(names = "--strict", description = "Treat every warning as an error: list them, exit 1"
      + " and leave the previous site in place. For CI pipelines")
  private boolean strict;

  @Option(names = "--keep-going", description = "Build every article that can be built, leave"
      + " out the rest, and list every failure at the end (exit 1 if any)")
  private boolean keepGoing;

  @Option(names = {"-v", "--verbose"},
      description = "Say more: skipped files, stage times, cache notes, stack traces")
  private boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only")
  private boolean quiet;

  @Option(names = "--watch", description = "After building, watch the articles, the templates"
      + " and the configuration, and build again after each change, until stopped (Ctrl-C)."
      + " A failed build is reported and the watching goes on")
  private boolean watch;

  /** The articles' scan, kept between the builds of {@code --watch}, which scan what changed. */
  private final WatchedScan watchedScan = new WatchedScan();

  /**
   * How long the inputs must be quiet after a change before the build starts: an editor's save
   * or a batch of files copied in is one change, not many.
   */
  static final Duration QUIET = Duration.ofMillis(200);

  /** The articles folder asked for. */
  Path articles() {
    return articles;
  }

  @Override
  public Integer call() {
    return watch ? watch() : build();
  }

  /**
   * Builds, then builds again after each change to the inputs, until the thread is interrupted
   * (in a terminal, Ctrl-C ends the process instead). Returns the last build's exit code.
   */
  private int watch() {
    List<Path> trees = new ArrayList<>(List.of(articles));
    themeFolder().ifPresent(trees::add);
    if (!trees.stream().allMatch(Files::isDirectory)) {
      return build(); // which says, in one line, which folder is missing
    }
    Path configFile = config != null ? config : Path.of(DEFAULT_CONFIG);
    int code = ExitCodes.OK;
    // Watching from before the first build: a file saved while it runs is built next.
    try (FolderWatcher watcher = new FolderWatcher(trees, List.of(configFile))) {
      code = buildReporting();
      if (!quiet) {
        parent.err().println("watching " + trees.stream().map(Path::toString)
            .collect(Collectors.joining(", ")) + " and " + configFile
            + " for changes; Ctrl-C stops");
        parent.err().flush();
      }
      while (true) {
        Set<Path> changed = watcher.awaitChange(QUIET);
        watchedScan.changed(changed);
        if (!quiet) {
          parent.err().println("changed: " + describe(changed));
          parent.err().flush();
        }
        code = buildReporting();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return code;
  }

  /** The first of {@code paths} as the user named its folder, and how many more there are. */
  private static String describe(Set<Path> paths) {
    Path first = paths.iterator().next();
    Path here = Path.of("").toAbsolutePath();
    String name = first.startsWith(here) ? here.relativize(first).toString() : first.toString();
    return paths.size() == 1 ? name : name + " and " + (paths.size() - 1) + " more";
  }

  /** As {@link #build()}, reporting a failure as the command would, in one line. */
  private int buildReporting() {
    int code;
    try {
      code = build();
    } catch (RuntimeException e) {
      code = ErrorReporter.report(e, parent.err(), verbose);
    }
    parent.out().flush();
    parent.err().flush();
    return code;
  }

  private Optional<Path> themeFolder() {
    return Optional.ofNullable(templates)
        .or(() -> Optional.of(Path.of("templates")).filter(Files::isDirectory));
  }

  /** Builds the site once; a failure is thrown, for the command to report. */
  private int build() {
    PrintWriter stdout = parent.out();
    PrintWriter stderr = parent.err();
    SiteConfig site = loadConfig();
    if (baseUrl != null) {
      site = site.withBaseUrl(baseUrl);
    }
    Optional<Path> themeFolder = themeFolder();
    BuildOptions options = new BuildOptions(articles, themeFolder, out, site, drafts, future,
        BuildClock.resolve(parent.env(), Optional.ofNullable(clock)), strict, keepGoing);
    BuildResult result;
    // A bar only on a terminal: in a pipe or in CI the summary line is all there is.
    if (!quiet && System.console() != null) {
      try (TerminalProgress progress = new TerminalProgress(System.err)) {
        result = SiteBuilder.build(options, progress, watchedScan);
      }
    } else {
      result = SiteBuilder.build(options, BuildProgress.NONE, watchedScan);
    }
    if (verbose) {
      result.skipped().forEach(s -> stderr.println("skipped: " + s));
      String tuning = System.getProperty(TunedJvmLauncher.LAUNCHED);
      if (tuning != null) {
        stderr.println("note: built in a JVM tuned for the archive's size (" + tuning
            + "); -D" + TunedJvmLauncher.SWITCH + "=false builds in the JVM started");
      }
      result.notes().forEach(n -> stderr.println("note: " + n));
      result.stages().forEach((stage, time) -> stderr.printf(Locale.ROOT, "stage %-9s %7.2f s%n",
          stage, time.toMillis() / 1000.0));
    }
    if (!result.written()) {
      // --strict: the warnings are the errors, so they are printed even with --quiet.
      result.warnings().forEach(w -> stderr.println("error: " + w));
      result.failures().forEach(f -> stderr.println("error: " + f));
      stderr.println("error: --strict: " + count(result.warnings().size(), "warning")
          + " treated as errors; " + out + " was left as it was");
      return ExitCodes.FAILED;
    }
    if (!quiet) {
      for (Warning w : result.warnings()) {
        stderr.println("warning: " + w);
      }
    }
    // --keep-going: every failure, at the end where it is seen.
    result.failures().forEach(f -> stderr.println("error: " + f));
    if (!result.failures().isEmpty()) {
      stderr.println("error: " + count(result.failures().size(), "article")
          + " could not be built and " + (result.failures().size() == 1 ? "was" : "were")
          + " left out");
    }
    if (!quiet) {
      stdout.println(summary(result));
    }
    return result.succeeded() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + plural(n);
  }

  private SiteConfig loadConfig() {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new ConfigException("config file " + config + " does not exist");
      }
      return ConfigLoader.load(config);
    }
    Path standard = Path.of(DEFAULT_CONFIG);
    return Files.isRegularFile(standard) ? ConfigLoader.load(standard) : SiteConfig.defaults();
  }

  private String summary(BuildResult r) {
    int w = r.warnings().size();
    return String.format(Locale.ROOT, "Built %s: %d article%s read, %d page%s written (%d file%s"
            + " changed), %d warning%s, %.2f s", out, r.articlesRead(), plural(r.articlesRead()),
        r.pagesWritten(), plural(r.pagesWritten()), r.filesChanged(), plural(r.filesChanged()),
        w, plural(w), r.elapsed().toMillis() / 1000.0);
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }

  /** Reads {@code --clock}: an instant, a date-time with offset, or a date (midnight UTC). */
  static final class ClockConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return BuildClock.parse(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException("'" + value + "' is not a time such as"
            + " 2017-05-18T12:00:00Z or 2017-05-18");
      }
    }
  }

  /** Checks {@code --base-url} as the command line is parsed, so a bad one is a usage error. */
  static final class BaseUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        return ConfigLoader.parseBaseUrl(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
