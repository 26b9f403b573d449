package dev.broadsheet.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the build in a second JVM tuned for the archive's size. JVM options cannot be set from
 * inside a {@code java -jar}, hence the second process; it costs a JVM start and a look at the
 * command line, 0.1-0.25 s (the example site: 608 ms launched, 504 ms built in the JVM started
 * with the same options; on a slower day the second JVM began 160-235 ms after the first, which
 * ended 20-47 ms after it, most of that the first JVM's own start and end). Measured on two
 * cores (see {@code bench/README.md}):
 *
 * <ul>
 *   <li>An archive of fewer than 25,000 files gets only the quick compiler (C1) and,
 *       unless the heap is under 512 MB, the parallel collector with a young generation of
 *       100 MB ({@link #QUICK_YOUNG}); else the serial one. Such a build is over before the
 *       optimising compiler (C2) pays for itself: it took over half the CPU of a 10,000-article
 *       build while the work waited for the cores it used. The tuned JVM built 1,000 articles
 *       in 1.7-1.8 s against 2.9-3.2 s, and 10,000 in 6.9 s against 10.6-10.8 s, in a fifth of
 *       the memory. At 20,000 it was
 *       level with C2 inlining less (11.6-11.8 s against 11.65-12.2 s); at 30,000 C2 won
 *       (14.7-16.0 s against 16.5-17.1 s).
 *   <li>A larger one keeps C2, inlining less ({@link #LESS_INLINING}). If the heap has room to
 *       spare ({@link Sizes}) it gets the parallel collector, which spends less of the CPU than
 *       the default G1 on a build's short-lived garbage: 100,000 articles in 35.0-36.8 s against
 *       39.8-40.5 s, and after an edit 8.3-9.2 s against 9.4-10.7 s, in the same memory, before
 *       C2 inlined less; its young generation is held to 300 MB ({@link #YOUNG_CAP}). If not,
 *       the serial collector, which held the heap of the 100,000 to
 *       0.5 GB: with a 2 GB heap it built them in 37.2 s, against 43.1 s for the default JVM.
 *       A collector the user chose is kept.
 *   <li>A very large one keeps the JVM's default compilers and collector (G1), the collector
 *       starting to mark the heap only when three quarters of it are taken
 *       ({@link #LATE_MARKING}); nothing is launched if the user chose another collector or
 *       when G1 is to mark.
 * </ul>
 *
 * <p>A rebuild of a site built since the jar, the configuration and the templates last changed
 * ({@link BuildPreview#likelyRebuild}) reads and renders only what changed, and is tuned as a
 * small archive unless the last build, whose cache says how many files it read, was very
 * large. After an edit to one of 100,000 articles, C1 and the serial collector (before the
 * parallel one replaced it) rebuilt in 5.64-6.62 s against 6.05-6.81 s for C2 and the parallel
 * collector (five runs each, alternating), on 9.3-10.6 CPU-seconds against 11.0-12.2, in 0.39 GB
 * against 1.05 GB. A wrong guess (a jar swapped for an older one, say) costs only time: C1 alone
 * built 100,000 articles afresh in 67.6 s against 44.6 s.
 *
 * <p>The heap is kept in pages of 2 MB where the system offers them ({@link #HUGE_PAGES}),
 * unless the user chose the pages' size, or the build is a rebuild tuned as a small archive
 * and the first touch of a small page is cheap here.
 *
 * <p>Nothing is launched when the JVM's options already choose a compiler, attach an agent or
 * a debugger, or start a recording (the user is tuning or watching this JVM), when
 * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} is set, with
 * {@code -Dbroadsheet.launch=false}, or for anything but {@code build}.
 */
final class TunedJvmLauncher {
  /**
   * Where the tunings apply: below {@code smallBelow} article files C1 alone; from there to
   * {@code largeFrom} C2 inlining less, with the parallel collector if the heap holds
   * {@code heapPerFile} bytes a file; beyond, the default JVM.
   */
  record Sizes(int smallBelow, int largeFrom, long heapPerFile) {
    /**
     * The parallel collector ran out of memory rebuilding a million articles in a 2.5 GB heap
     * in which G1 took 97 s, and took twice as long before it did: it keeps less of a heap
     * usable, and a full collection of a nearly full heap costs it more. So it is kept to
     * archives the heap holds with room to spare: G1 peaked at about 22 KB an article at
     * 100,000, and 50 KB is asked for.
     */
    static final Sizes MEASURED = new Sizes(25_000, 200_000, 50L << 10);
  }

  /** Set in the tuned JVM to its tuning options, so that it does not launch another. */
  static final String LAUNCHED = "broadsheet.launched";
  /** {@code -Dbroadsheet.launch=false} keeps the build in the JVM started. */
  static final String SWITCH = "broadsheet.launch";
  /**
   * C1 alone, compiling methods after a third of the usual calls and loops: 10,000 articles in
   * 6.18-6.59 s against 6.38-6.84 s (eight runs each, alternating), as less of the build runs
   * in the interpreter. C2 compiling sooner was slower (30,000 articles in 15.7-16.4 s against
   * 14.8-15.4 s).
   */
  private static final List<String> QUICK_COMPILER =
      List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3");
  /**
   * For a quick build, unless the user chose a collector, in a heap under
   * {@link #QUICK_PARALLEL_HEAP}: it kept the heap of 30,000 articles to a fifth, and of
   * 100,000 to a quarter of the parallel collector's as that sizes itself.
   */
  private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
  /**
   * For a quick build, unless the user chose a collector: the parallel collector with a young
   * generation of 100 MB (unless the user sized it, or set a first heap it does not fit:
   * {@link InitialHeap}), its size fixed, as there is no pause goal to resize it for. The
   * serial collector stops the build and works on one core: a rebuild after an edit to one of
   * 100,000 articles left the other core idle for its ten collections, 0.2-0.4 s; this one
   * works on both. Alternating, in one JVM: 2.005 s against 2.145 s (medians of ten, nine
   * quicker) and 1.99 s against 2.11 s (of eight, five quicker, one tied), in 0.43 GB against
   * 0.44; 64 MB and 160 MB were as quick. 10,000 articles built from nothing no slower
   * (5.19 s against 5.34 s, medians of six; paired, -0.03 s), in 0.20 GB against 0.22; 200 MB
   * took 0.27 GB and was no quicker.
   */
  private static final String QUICK_YOUNG = "-Xmn100m";
  private static final String FIXED_GENERATIONS = "-XX:-UseAdaptiveSizePolicy";
  /** The least largest heap the parallel collector is used with in a quick build. */
  private static final long QUICK_PARALLEL_HEAP = 512L << 20;
  /**
   * With C1 and the serial collector (and the parallel one since), what survives a young
   * collection goes to the old generation at once, rather than being copied from survivor space
   * to survivor space up to 15 times: what a quick build keeps past a collection (each
   * article's metadata, the cache's records) it keeps to the end. After an edit to one of
   * 100,000 articles, 3.31-3.45 s against 3.50-3.57 s (five runs each, alternating, in one JVM),
   * the pauses 0.32 s against 0.41 s; a full build of 10,000 no slower (4.80-4.90 s against
   * 4.88-5.50 s).
   */
  private static final String TENURE_AT_ONCE = "-XX:MaxTenuringThreshold=0";
  private static final String PARALLEL_COLLECTOR = "-XX:+UseParallelGC";
  /**
   * The parallel collector's young generation held to 300 MB (by default a third of the heap,
   * and the heap a quarter of the memory): what a build allocates is mostly dead by the next
   * collection, however seldom that comes, so a larger one only touches more memory, and the
   * first touch of a page is costly on a virtual machine, whose host must find memory too.
   * 100,000 articles, alternating: 30.4-32.5 s against 31.2-33.6 s (seven builds against
   * four), the kernel's CPU 9.6-13.0 s against 13.0-15.6 s, in 0.63 GB against 2.2 GB. The
   * first build of a morning, on memory the host had taken back, took 54.0 s without the cap,
   * 24.8 s of it the kernel's. 150 MB and 200 MB were no quicker, 700 MB no slower.
   */
  private static final String YOUNG_CAP = "-Xmn300m";
  /**
   * Less inlining for C2 (defaults 325 and 2500): its compiling took a fifth of the CPU of a
   * 100,000-article build on two cores, and smaller units compile sooner and cheaper. With the
   * parallel collector, 100,000 articles took 32.5-36.3 s against 37.4-39.9 s, and after an
   * edit 8.0-8.1 s against 8.8-9.8 s; less still (70 and 500) was no better, and far less
   * (50, 500 and 20 for the smallest methods) was worse.
   */
  private static final List<String> LESS_INLINING =
      List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=750");
  /**
   * G1 marks the heap to find what the old generation no longer holds, and by default starts
   * whenever it guesses the heap will fill before a marking ends. A large build keeps every
   * article's metadata to the end, and in a tight heap that guess is always true: a million
   * articles in a 1 GB heap held 566 MB live from the end of reading on, and G1 marked it 226
   * times, its cycles 205 s long in all, to free next to nothing. Started at three quarters, it
   * marks when there is something to find; a full collection, should the heap fill first,
   * takes about half a second. 100,000 articles in a 128 MB heap, in-process: 36.7-38.1 s
   * against 59.4 s, 22-23 marking cycles against 237 (at 65%, 40.9 s; at 85%, 50.1 s, the young
   * generation collected more often). The million's benchmark: 616.2 s against 622.5 s, on
   * 891 CPU-s against 987, and after the edit 62.8 s against 71.9 s; its wall waits on the disk
   * more than on the CPU.
   */
  private static final List<String> LATE_MARKING =
      List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");
  /**
   * The heap in pages of 2 MB rather than 4 KB, where the system gives them on request
   * ({@link HugePages}): each page is a fault the kernel handles on its first touch, and an
   * entry the processor must find again whenever it has dropped it from its cache of
   * addresses, which on a virtual machine costs more. The 100,000-article build touched its
   * 2.2 GB heap in 580,000 faults, 45,000 with this. On this project's benchmark machine (a
   * virtual one), alternating: 40.4 s against 47.3 s (three builds each, each faster), when a
   * fault cost some 15 microseconds (the kernel's CPU 11.1 s against 19.1); an hour later
   * 40.0 s against 43.0 s (four each, three faster), the kernel's CPU the same and the build's
   * own 8 CPU-seconds less. 10,000 articles: 6.67 s against 7.20 s (six each). The rebuild of
   * 100,000 after nothing changed: 4.44 s against 4.84 s (five each, each faster).
   *
   * <p>A quick rebuild, which touches a few hundred megabytes once in two seconds, gains only
   * where a small page is dear, and that is the host's doing ({@link HugePages}). On the
   * machine of the forty-ninth session, memory first touched a second after it was freed cost
   * 2.2-2.6 ms a megabyte in pages of 2 MB against 0.36-0.41 ms in pages of 4 KB (a C program
   * touching 300 MB; the host takes freed 2 MB blocks back), and the rebuild of 100,000 after
   * an edit took 0.02-0.14 s and 0.1-0.2 CPU-s less with small pages (four runs of eight
   * alternating). On the machine of the fifty-first, 4 KB pages cost 2.8-2.9 ms a megabyte,
   * 2 MB ones 0.84-1.0 ms the first time and 0.07 ms after, and the same rebuild took 3.71 s
   * with huge pages against 4.19 s (medians of ten alternating, nine faster), 6.44 CPU-s
   * against 7.31, its faults 24,000 against 75,000. Full builds keep them: 100,000 articles
   * 30.0 s against 32.2 s without (four each), 10,000 4.72 s against 4.84 s (six each).
   */
  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
  private TunedJvmLauncher() {}

  /**
   * Builds in a tuned JVM if {@code args} ask for a build and nothing says otherwise; returns
   * its exit code, or empty when the caller is to run the command itself.
   */
  static Optional<Integer> launch(String[] args) {
    if (!List.of(args).contains("build") || System.getProperty(LAUNCHED) != null) {
      // Before anything slower: --version, say, is asked for often and answered at once, and
      // the tuned JVM itself would spend 25 ms starting the management beans to learn nothing.
      return Optional.empty();
    }
    try {
      Optional<List<String>> command = command(args,
          jvmOptions(args, ProcessHandle.current().info().arguments(),
              () -> ManagementFactory.getRuntimeMXBean().getInputArguments()), System.getenv(),
          System.getProperties()::getProperty, Sizes.MEASURED, Runtime.getRuntime().maxMemory(),
          HugePages.ofThisSystem());
      if (command.isEmpty()) {
        return Optional.empty();
      }
      Process child = new ProcessBuilder(command.get()).inheritIO().start();
      // If this JVM is stopped (a SIGTERM, say), the build stops too, cleaning up as it would.
      Thread stop = new Thread(() -> {
        child.destroy();
        try {
          child.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Runtime.getRuntime().addShutdownHook(stop);
      int code = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stop);
      return Optional.of(code);
    } catch (IOException | RuntimeException e) {
      // No second JVM (no java executable found, say): this one builds, only slower.
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * This JVM's options, passed on to the tuned one. The management beans say, but starting them
   * took 20-25 ms of the 90 before the tuned JVM was started; a JVM started as {@code java -jar
   * JAR ARGS}, as a build mostly is, has none, and its command line ({@code commandLine}, the
   * arguments after the program's name, if the system tells them) shows that at once.
   */
  static List<String> jvmOptions(String[] args, Optional<String[]> commandLine,
      Supplier<List<String>> beans) {
    if (commandLine.isPresent()) {
      String[] line = commandLine.get();
      if (line.length == args.length + 2 && line[0].equals("-jar")
          && Arrays.equals(line, 2, line.length, args, 0, args.length)) {
        return List.of();
      }
    }
    return beans.get();
  }

  /** A way to read a system property, so tests can give their own. */
  @FunctionalInterface
  interface Properties {
    String get(String name);
  }

  /**
   * The command line of the tuned JVM, or empty when this one is to run {@code args} itself.
   *
   * @param jvmOptions this JVM's options, passed on to the tuned one
   * @param sizes      where each tuning applies
   * @param maxHeap    this JVM's largest heap, which the tuned one gets too, given the same
   *                   options
   * @param hugePages  what the system's pages of 2 MB offer a build
   */
  static Optional<List<String>> command(String[] args, List<String> jvmOptions,
      Map<String, String> env, Properties properties, Sizes sizes, long maxHeap,
      HugePages hugePages) {
    if (properties.get(LAUNCHED) != null || "false".equals(properties.get(SWITCH))
        || env.containsKey("JAVA_TOOL_OPTIONS") || env.containsKey("JDK_JAVA_OPTIONS")
        || JvmChoices.made(JvmChoices.HANDS_OFF, jvmOptions)) {
      return Optional.empty();
    }
    Optional<Path> articles = BuildPreview.articles(args);
    String classPath = properties.get("java.class.path");
    String javaHome = properties.get("java.home");
    if (articles.isEmpty() || classPath == null || javaHome == null
        || !Files.isDirectory(articles.get())) {
      return Optional.empty();
    }
    boolean collectorChosen = JvmChoices.made(JvmChoices.COLLECTOR_CHOICE, jvmOptions);
    List<String> tuning = new ArrayList<>();
    OptionalInt rebuild = BuildPreview.likelyRebuild(args, classPath);
    // A rebuild is taken to be of as many files as the last build read: counting them took
    // 0.1 s of a rebuild of 100,000 articles after an edit.
    int files = rebuild.isPresent() ? rebuild.getAsInt()
        : BuildPreview.countFiles(articles.get(), sizes.largeFrom());
    boolean quickRebuild = rebuild.isPresent() && files < sizes.largeFrom();
    if (files < sizes.smallBelow() || quickRebuild) {
      tuning.addAll(QUICK_COMPILER);
      if (!collectorChosen) {
        if (maxHeap < QUICK_PARALLEL_HEAP) {
          tuning.add(SERIAL_COLLECTOR);
        } else {
          tuning.addAll(List.of(PARALLEL_COLLECTOR, FIXED_GENERATIONS));
          tuning.addAll(young(QUICK_YOUNG, jvmOptions));
        }
        if (!JvmChoices.made(JvmChoices.TENURING_CHOICE, jvmOptions)) {
          tuning.add(TENURE_AT_ONCE);
        }
      }
    } else if (files < sizes.largeFrom()) {
      if (!collectorChosen) {
        boolean roomy = maxHeap / sizes.heapPerFile() >= files;
        tuning.add(roomy ? PARALLEL_COLLECTOR : SERIAL_COLLECTOR);
        if (roomy) {
          tuning.addAll(young(YOUNG_CAP, jvmOptions));
        }
      }
      tuning.addAll(LESS_INLINING);
    } else if (!JvmChoices.made(JvmChoices.OTHER_COLLECTOR, jvmOptions)
        && !JvmChoices.made(JvmChoices.MARKING_CHOICE, jvmOptions)) {
      tuning.addAll(LATE_MARKING);
    } else {
      return Optional.empty();
    }
    if (!JvmChoices.made(JvmChoices.PAGES_CHOICE, jvmOptions)
        && hugePages.forBuild(quickRebuild)) {
      tuning.add(HUGE_PAGES);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(tuning);
    command.addAll(ClassDataArchive.options(classPath, jvmOptions));
    command.add("-D" + LAUNCHED + "=" + String.join(" ", tuning));
    command.addAll(List.of("-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * {@code youngOption}, unless the user sized the young generation or set a first heap it
   * does not fit ({@link InitialHeap}).
   */
  private static List<String> young(String youngOption, List<String> jvmOptions) {
    return JvmChoices.made(JvmChoices.YOUNG_CHOICE, jvmOptions)
        || !InitialHeap.fits(youngOption, jvmOptions) ? List.of()
        : List.of(youngOption);
  }
}
