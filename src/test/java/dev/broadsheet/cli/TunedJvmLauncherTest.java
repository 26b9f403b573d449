package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Option;

/** When a build goes to a JVM tuned for the archive's size, with what, and what the user sees. */
class TunedJvmLauncherTest {
  private static final String TUNING =
      "-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.3 -XX:+UseParallelGC"
          + " -XX:-UseAdaptiveSizePolicy -Xmn100m -XX:MaxTenuringThreshold=0";

  @TempDir
  Path dir;

  private String[] build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "-a", dir.resolve("articles").toString(),
        "-o", dir.resolve("site").toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static Optional<List<String>> command(String[] args, List<String> options,
      Map<String, String> env, Map<String, String> properties) {
    return command(args, options, env, properties, TunedJvmLauncher.Sizes.MEASURED, 1L << 30);
  }

  private static Optional<List<String>> command(String[] args, List<String> options,
      Map<String, String> env, Map<String, String> properties, TunedJvmLauncher.Sizes sizes,
      long maxHeap) {
    return command(args, options, env, properties, sizes, maxHeap, false);
  }

  private static Optional<List<String>> command(String[] args, List<String> options,
      Map<String, String> env, Map<String, String> properties, TunedJvmLauncher.Sizes sizes,
      long maxHeap, boolean hugePages) {
    // Huge pages are asked for a full build without probing the small ones.
    return command(args, options, env, properties, sizes, maxHeap, new HugePages(hugePages,
        () -> {
          throw new AssertionError("small pages probed");
        }));
  }

  private static Optional<List<String>> command(String[] args, List<String> options,
      Map<String, String> env, Map<String, String> properties, TunedJvmLauncher.Sizes sizes,
      long maxHeap, HugePages hugePages) {
    Map<String, String> all = new java.util.HashMap<>(Map.of("java.home", "/jdk",
        "java.class.path", "/opt/broadsheet.jar"));
    all.putAll(properties);
    return TunedJvmLauncher.command(args, options, env, all::get, sizes, maxHeap, hugePages);
  }

  @Test
  void optionsAreReadFromTheBeansUnlessTheCommandLineShowsThereAreNone() {
    String[] args = build("-v");
    List<String> fromBeans = List.of("-Xmx1g");
    List<String> plain = new ArrayList<>(List.of("-jar", "/opt/broadsheet.jar"));
    plain.addAll(List.of(args));
    assertThat(TunedJvmLauncher.jvmOptions(args, Optional.of(plain.toArray(String[]::new)),
        () -> fromBeans)).isEmpty();
    List<List<String>> others = List.of(
        List.of("-Xmx1g", "-jar", "/opt/broadsheet.jar"), // an option
        List.of("@options", "-jar", "/opt/broadsheet.jar"), // options in a file
        List.of("-cp", "/opt/broadsheet.jar", "dev.broadsheet.cli.Main"), // not -jar
        List.of("-jar")); // a line cut short
    for (List<String> start : others) {
      List<String> line = new ArrayList<>(start);
      line.addAll(List.of(args));
      assertThat(TunedJvmLauncher.jvmOptions(args, Optional.of(line.toArray(String[]::new)),
          () -> fromBeans)).as("%s", line).isEqualTo(fromBeans);
    }
    assertThat(TunedJvmLauncher.jvmOptions(args, Optional.empty(), () -> fromBeans))
        .isEqualTo(fromBeans);
    plain.remove(plain.size() - 1); // the arguments cut short
    assertThat(TunedJvmLauncher.jvmOptions(args, Optional.of(plain.toArray(String[]::new)),
        () -> fromBeans)).isEqualTo(fromBeans);
  }

  @Test
  void aSmallArchiveIsBuiltByATunedJvmWithTheUsersOptionsAndArguments() {
    Sites.write(dir, "articles/a.md", "A\n");
    String[] args = build("-q");
    assertThat(command(args, List.of("-Xmx2g", "-Dfeed=1"), Map.of(), Map.of())).contains(
        List.of("/jdk/bin/java", "-Xmx2g", "-Dfeed=1", "-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=0.3", "-XX:+UseParallelGC",
            "-XX:-UseAdaptiveSizePolicy", "-Xmn100m", "-XX:MaxTenuringThreshold=0",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
            "-Dbroadsheet.launched=" + TUNING, "-cp",
            "/opt/broadsheet.jar", "dev.broadsheet.cli.Main", "build", "-a",
            dir.resolve("articles").toString(), "-o", dir.resolve("site").toString(), "-q"));
  }

  @Test
  void theClassDataArchiveBesideTheJarIsMappedUnlessTheUserChoseHowClassesAreShared() {
    Sites.write(dir, "articles/a.md", "A\n");
    Path jar = Sites.write(dir, "lib/broadsheet.jar", "");
    Map<String, String> fromJar = Map.of("java.class.path", jar.toString());
    List<String> mapped = List.of(
        "-XX:SharedArchiveFile=" + dir.resolve("lib/broadsheet.jsa").toAbsolutePath(),
        "-Xlog:cds*=off");
    List<String> inPlace = List.of("-XX:+UnlockDiagnosticVMOptions",
        "-XX:ArchiveRelocationMode=0");
    assertThat(command(build(), List.of(), Map.of(), fromJar).orElseThrow())
        .doesNotContainAnyElementsOf(mapped).containsSubsequence(inPlace.get(0), inPlace.get(1),
            "-cp");

    Sites.write(dir, "lib/broadsheet.jsa", "");
    assertThat(command(build(), List.of(), Map.of(), fromJar).orElseThrow())
        .containsSubsequence(inPlace.get(0), inPlace.get(1), mapped.get(0), mapped.get(1), "-cp",
            jar.toString());
    for (String choice : List.of("-Xshare:off", "-XX:SharedArchiveFile=/tmp/mine.jsa",
        "-XX:ArchiveClassesAtExit=/tmp/new.jsa", "-Xlog:cds=info",
        "-XX:ArchiveRelocationMode=1")) {
      assertThat(command(build(), List.of(choice), Map.of(), fromJar).orElseThrow())
          .as(choice).contains(choice).doesNotContainAnyElementsOf(mapped)
          .doesNotContain(inPlace.get(1));
    }
    // Classes from folders, as in development: there is no jar to have an archive.
    assertThat(command(build(), List.of(), Map.of(), Map.of("java.class.path",
        dir.resolve("lib") + java.io.File.pathSeparator + jar)).orElseThrow())
        .doesNotContainAnyElementsOf(mapped);
  }

  @Test
  void aCollectorTheUserChoseIsKept() {
    Sites.write(dir, "articles/a.md", "A\n");
    List<String> command = command(build(), List.of("-XX:+UseParallelGC"), Map.of(), Map.of())
        .orElseThrow();
    assertThat(command).contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")
        .doesNotContain("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0", "-Xmn100m",
            "-XX:-UseAdaptiveSizePolicy");
  }

  /**
   * A small archive's heap gets the serial collector where it has no room for the parallel
   * one's young generation; a young generation the user sized is kept.
   */
  @Test
  void aSmallArchiveGetsTheSerialCollectorInASmallHeapAndKeepsTheYoungGenerationChosen() {
    Sites.write(dir, "articles/a.md", "A\n");
    TunedJvmLauncher.Sizes sizes = TunedJvmLauncher.Sizes.MEASURED;
    assertThat(command(build(), List.of("-Xmx511m"), Map.of(), Map.of(), sizes, 511L << 20)
        .orElseThrow()).contains("-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0")
        .doesNotContain("-XX:+UseParallelGC", "-Xmn100m", "-XX:-UseAdaptiveSizePolicy");
    assertThat(command(build(), List.of(), Map.of(), Map.of(), sizes, 512L << 20)
        .orElseThrow()).contains("-XX:+UseParallelGC", "-Xmn100m")
        .doesNotContain("-XX:+UseSerialGC");
    for (String choice : List.of("-Xmn1g", "-XX:NewSize=64m", "-XX:MaxNewSize=2g",
        "-XX:NewRatio=1")) {
      assertThat(command(build(), List.of(choice), Map.of(), Map.of()).orElseThrow())
          .as(choice).contains(choice, "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy")
          .doesNotContain("-Xmn100m");
    }
  }

  /**
   * A young generation the launcher sizes is left out where the user set a first heap it does
   * not fit: the JVM would shrink it and warn so on every build.
   */
  @Test
  void aYoungGenerationIsSizedOnlyWhereItFitsTheFirstHeapTheUserSet() {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    assertThat(command(build(), List.of("-Xms64m"), Map.of(), Map.of()).orElseThrow())
        .contains("-Xms64m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")
        .doesNotContain("-Xmn100m");
    assertThat(command(build(), List.of("-Xms128m"), Map.of(), Map.of()).orElseThrow())
        .contains("-Xmn100m");
    // Small below 2 files, very large from 4: three files take C2 and the parallel collector.
    TunedJvmLauncher.Sizes sizes = new TunedJvmLauncher.Sizes(2, 4, 1000);
    assertThat(command(build(), List.of("-Xms256m"), Map.of(), Map.of(), sizes, 3000)
        .orElseThrow()).contains("-XX:+UseParallelGC").doesNotContain("-Xmn300m");
    assertThat(command(build(), List.of("-Xms512m"), Map.of(), Map.of(), sizes, 3000)
        .orElseThrow()).contains("-XX:+UseParallelGC", "-Xmn300m");
  }

  @Test
  void tenuringTheUserChoseIsKept() {
    Sites.write(dir, "articles/a.md", "A\n");
    List<String> command = command(build(), List.of("-XX:MaxTenuringThreshold=4"), Map.of(),
        Map.of()).orElseThrow();
    assertThat(command).contains("-XX:MaxTenuringThreshold=4", "-XX:+UseParallelGC")
        .doesNotContain("-XX:MaxTenuringThreshold=0");
  }

  @Test
  void aLargeArchiveGetsC2WithLessInliningAndTheParallelCollectorIfTheHeapHasRoom() {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    // Small below 2 files, very large from 4; 1,000 bytes of heap asked for a file.
    TunedJvmLauncher.Sizes sizes = new TunedJvmLauncher.Sizes(2, 4, 1000);
    assertThat(command(build(), List.of("-Xmx8g"), Map.of(), Map.of(), sizes, 3000)).contains(
        List.of("/jdk/bin/java", "-Xmx8g", "-XX:+UseParallelGC", "-Xmn300m",
            "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=750",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
            "-Dbroadsheet.launched=-XX:+UseParallelGC -Xmn300m"
                + " -XX:FreqInlineSize=100 -XX:InlineSmallCode=750", "-cp", "/opt/broadsheet.jar",
            "dev.broadsheet.cli.Main", "build", "-a", dir.resolve("articles").toString(), "-o",
            dir.resolve("site").toString()));
    assertThat(command(build(), List.of(), Map.of(), Map.of(), sizes, 2999).orElseThrow())
        .as("a heap without room to spare").contains("-XX:+UseSerialGC",
            "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=750")
        .doesNotContain("-XX:+UseParallelGC", "-Xmn300m", "-XX:TieredStopAtLevel=1");
    assertThat(command(build(), List.of("-XX:+UseG1GC"), Map.of(), Map.of(), sizes, 3000)
        .orElseThrow()).as("the collector the user chose")
        .contains("-XX:+UseG1GC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=750")
        .doesNotContain("-XX:+UseParallelGC", "-XX:+UseSerialGC", "-Xmn300m");
  }

  /** The young generation the user sized is kept, however it was sized. */
  @Test
  void theYoungGenerationTheUserSizedIsKept() {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    TunedJvmLauncher.Sizes sizes = new TunedJvmLauncher.Sizes(2, 4, 1000);
    for (String choice : List.of("-Xmn1g", "-XX:NewSize=64m", "-XX:MaxNewSize=2g",
        "-XX:NewRatio=1")) {
      assertThat(command(build(), List.of(choice), Map.of(), Map.of(), sizes, 3000)
          .orElseThrow()).as(choice).contains(choice, "-XX:+UseParallelGC")
          .doesNotContain("-Xmn300m");
    }
  }

  /**
   * A very large archive keeps the default JVM, its collector marking the heap only when three
   * quarters are taken, unless the user chose another collector or when to mark.
   */
  @Test
  void aVeryLargeArchiveGetsG1MarkingLate() {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    TunedJvmLauncher.Sizes sizes = new TunedJvmLauncher.Sizes(2, 3, 1000);
    String late = "-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75";
    assertThat(command(build(), List.of("-Xmx1g"), Map.of(), Map.of(), sizes, 1L << 40))
        .contains(List.of("/jdk/bin/java", "-Xmx1g", "-XX:-G1UseAdaptiveIHOP",
            "-XX:InitiatingHeapOccupancyPercent=75", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-Dbroadsheet.launched=" + late, "-cp",
            "/opt/broadsheet.jar", "dev.broadsheet.cli.Main", "build", "-a",
            dir.resolve("articles").toString(), "-o", dir.resolve("site").toString()));
    assertThat(command(build(), List.of("-XX:+UseG1GC"), Map.of(), Map.of(), sizes, 1L << 40)
        .orElseThrow()).as("G1 chosen").containsSubsequence("-XX:+UseG1GC",
            "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");
    for (String choice : List.of("-XX:+UseParallelGC", "-XX:+UseSerialGC", "-XX:+UseZGC",
        "-XX:InitiatingHeapOccupancyPercent=30", "-XX:+G1UseAdaptiveIHOP")) {
      assertThat(command(build(), List.of(choice), Map.of(), Map.of(), sizes, 1L << 40))
          .as(choice).isEmpty();
    }
  }

  /**
   * Where the system offers pages of 2 MB, the tuned JVM of a full build keeps its heap in
   * them, at every size, unless the user chose the pages' size.
   */
  @Test
  void theHeapIsKeptInHugePagesWhereTheSystemOffersThem() {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    String huge = "-XX:+UseTransparentHugePages";
    // Small below 2 files, 3 large, very large from 4; then 3 very large.
    for (TunedJvmLauncher.Sizes sizes : List.of(new TunedJvmLauncher.Sizes(4, 5, 1000),
        new TunedJvmLauncher.Sizes(2, 4, 1000), new TunedJvmLauncher.Sizes(2, 3, 1000))) {
      List<String> command = command(build(), List.of("-Xmx1g"), Map.of(), Map.of(), sizes,
          1L << 40, true).orElseThrow();
      String launched = command.stream().filter(o -> o.startsWith("-Dbroadsheet.launched="))
          .findFirst().orElseThrow();
      assertThat(command).as("%s", sizes).containsSubsequence("-Xmx1g", huge, launched, "-cp");
      assertThat(launched).as("%s", sizes).endsWith(" " + huge);
      assertThat(command(build(), List.of("-Xmx1g"), Map.of(), Map.of(), sizes, 1L << 40, false)
          .orElseThrow()).as("%s, not offered", sizes).doesNotContain(huge);
    }
    for (String choice : List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages",
        "-XX:LargePageSizeInBytes=1g", "-XX:+UseSHM")) {
      assertThat(command(build(), List.of(choice), Map.of(), Map.of(),
          TunedJvmLauncher.Sizes.MEASURED, 1L << 30, true).orElseThrow())
          .as(choice).contains(choice, "-XX:TieredStopAtLevel=1").doesNotContain(huge);
    }
  }

  @Test
  void hugePagesAreOfferedWhenLinuxGivesThemAlwaysOrOnRequest() {
    assertThat(HugePages.offered(Sites.write(dir, "madvise", "always [madvise] never\n")))
        .isTrue();
    assertThat(HugePages.offered(Sites.write(dir, "always", "[always] madvise never\n")))
        .isTrue();
    assertThat(HugePages.offered(Sites.write(dir, "never", "always madvise [never]\n")))
        .isFalse();
    assertThat(HugePages.offered(dir.resolve("no-such-setting"))).isFalse();
  }

  /**
   * A site built since its jar, configuration and templates last changed is most likely rebuilt
   * from its cache, reading and rendering little: a large archive is then tuned as a small one.
   * Any of those inputs changed since, or no cache, and it is tuned for its size.
   */
  @Test
  void aRebuildOfASiteBuiltSinceItsInputsChangedIsTunedAsASmallArchive() throws Exception {
    for (String name : List.of("a", "b", "c")) {
      Sites.write(dir, "articles/" + name + ".md", name + "\n");
    }
    Path jar = Sites.write(dir, "lib/broadsheet.jar", "");
    Path config = Sites.write(dir, "site.yaml", "title: Rebuilt\n");
    Path template = Sites.write(dir, "templates/partials/footer.mustache", "<footer></footer>");
    String[] args = build("-c", config.toString(), "-t", dir.resolve("templates").toString());
    Map<String, String> fromJar = Map.of("java.class.path", jar.toString());
    TunedJvmLauncher.Sizes sizes = new TunedJvmLauncher.Sizes(2, 4, 1000);
    List<String> quick = List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3",
        "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy", "-Xmn100m",
        "-XX:MaxTenuringThreshold=0");
    // The other tunings bring the parallel collector too.
    List<String> quickCompiler = quick.subList(0, 2);
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40).orElseThrow())
        .as("no cache yet").doesNotContainAnyElementsOf(quickCompiler);

    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(),
        args)).as(err.toString()).isEqualTo(ExitCodes.OK);
    FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    for (Path input : List.of(jar, config, template, template.getParent(),
        dir.resolve("templates"))) {
      Files.setLastModifiedTime(input, before);
    }
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40).orElseThrow())
        .as("a rebuild").containsSubsequence(quick);
    // It touches its heap once, in seconds: pages of 2 MB cost it more than they save, unless
    // the first touch of a small page is dear here.
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40,
        new HugePages(true, () -> false)).orElseThrow())
        .as("a rebuild where huge pages are offered, small ones cheap")
        .containsSubsequence(quick).doesNotContain("-XX:+UseTransparentHugePages");
    List<String> dear = command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40,
        new HugePages(true, () -> true)).orElseThrow();
    assertThat(dear).as("a rebuild where huge pages are offered, small ones dear")
        .containsSubsequence(quick).contains("-XX:+UseTransparentHugePages")
        .contains("-Dbroadsheet.launched=" + String.join(" ", quick)
            + " -XX:+UseTransparentHugePages");
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40,
        new HugePages(false, () -> true)).orElseThrow())
        .as("a rebuild where huge pages are not offered").containsSubsequence(quick)
        .doesNotContain("-XX:+UseTransparentHugePages");
    assertThat(command(args, List.of("-XX:-UseTransparentHugePages"), Map.of(), fromJar, sizes,
        1L << 40, new HugePages(true, () -> true)).orElseThrow())
        .as("a rebuild where the user chose small pages")
        .containsOnlyOnce("-XX:-UseTransparentHugePages")
        .doesNotContain("-XX:+UseTransparentHugePages");
    assertThat(command(args, List.of(), Map.of(), Map.of("java.class.path",
        dir.resolve("classes").toString()), sizes, 1L << 40).orElseThrow())
        .as("classes from a folder: no jar to date").doesNotContainAnyElementsOf(quickCompiler);

    FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
    for (Path input : List.of(jar, config, template)) {
      Files.setLastModifiedTime(input, later);
      assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40).orElseThrow())
          .as("%s changed since", input.getFileName()).doesNotContainAnyElementsOf(quickCompiler);
      Files.setLastModifiedTime(input, before);
    }
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40).orElseThrow())
        .as("a rebuild again").containsSubsequence(quick);

    // The rebuild's size is the last build's, as its cache says, not the folder's now.
    Sites.write(dir, "articles/d.md", "d\n");
    Sites.write(dir, "articles/e.md", "e\n");
    assertThat(command(args, List.of(), Map.of(), fromJar, sizes, 1L << 40).orElseThrow())
        .as("a rebuild of a site last built with three articles").containsSubsequence(quick);
    assertThat(command(args, List.of(), Map.of(), fromJar, new TunedJvmLauncher.Sizes(2, 3,
        1000), 1L << 40).orElseThrow())
        .as("a rebuild of a site last built with a very large archive's three")
        .doesNotContainAnyElementsOf(quickCompiler)
        .contains("-XX:InitiatingHeapOccupancyPercent=75");
    assertThat(command(args, List.of(), Map.of(), fromJar, new TunedJvmLauncher.Sizes(2, 3,
        1000), 1L << 40, true).orElseThrow())
        .as("a rebuild of a very large archive where huge pages are offered")
        .contains("-XX:+UseTransparentHugePages");
  }

  static Stream<Arguments> buildsLeftToTheJvmStarted() {
    return Stream.of(
        Arguments.of("already the tuned JVM", List.of(), Map.of(),
            Map.of("broadsheet.launched", TUNING), List.of()),
        Arguments.of("switched off", List.of(), Map.of(), Map.of("broadsheet.launch", "false"),
            List.of()),
        Arguments.of("JAVA_TOOL_OPTIONS", List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"),
            Map.of(), List.of()),
        Arguments.of("JDK_JAVA_OPTIONS", List.of(), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"),
            Map.of(), List.of()),
        Arguments.of("a compiler chosen", List.of("-XX:TieredStopAtLevel=4"), Map.of(), Map.of(),
            List.of()),
        Arguments.of("no tiers", List.of("-XX:-TieredCompilation"), Map.of(), Map.of(),
            List.of()),
        Arguments.of("inlining chosen", List.of("-XX:MaxInlineLevel=9"), Map.of(), Map.of(),
            List.of()),
        Arguments.of("thresholds chosen", List.of("-XX:CompileThresholdScaling=2"), Map.of(),
            Map.of(), List.of()),
        Arguments.of("interpreter only", List.of("-Xint"), Map.of(), Map.of(), List.of()),
        Arguments.of("a debugger", List.of("-agentlib:jdwp=transport=dt_socket,server=y"),
            Map.of(), Map.of(), List.of()),
        Arguments.of("an agent", List.of("-javaagent:/opt/jacoco.jar"), Map.of(), Map.of(),
            List.of()),
        Arguments.of("a recording", List.of("-XX:StartFlightRecording=filename=b.jfr"),
            Map.of(), Map.of(), List.of()),
        Arguments.of("help", List.of(), Map.of(), Map.of(), List.of("--help")),
        Arguments.of("version", List.of(), Map.of(), Map.of(), List.of("--version")),
        Arguments.of("a usage error", List.of(), Map.of(), Map.of(), List.of("--no-such")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("buildsLeftToTheJvmStarted")
  void nothingIsLaunchedWhenTheUserTunesOrWatchesThisJvmOrAsksForNoBuild(String why,
      List<String> options, Map<String, String> env, Map<String, String> properties,
      List<String> extra) {
    Sites.write(dir, "articles/a.md", "A\n");
    assertThat(command(build(), List.of(), Map.of(), Map.of())).as("the control").isPresent();
    assertThat(command(build(extra.toArray(String[]::new)), options, env, properties)).isEmpty();
  }

  @Test
  void otherCommandsAndMissingFoldersStayInTheJvmStarted() {
    assertThat(command(build(), List.of(), Map.of(), Map.of())).as("no articles folder")
        .isEmpty();
    Sites.write(dir, "articles/a.md", "A\n");
    assertThat(command(new String[] {"check", dir.toString()}, List.of(), Map.of(), Map.of()))
        .isEmpty();
  }

  /**
   * The launcher reads a plain build command line without picocli; whenever it does, it finds
   * the folder picocli finds, and it leaves anything else to picocli: help, clusters of short
   * options, unknown options. A value picocli would refuse (a bad clock, say) may launch the
   * tuned JVM, which reports it as this one would.
   */
  @Test
  void theArticlesFolderReadWithoutPicocliIsTheOnePicocliReads() {
    String[] pieces = {"-a", "--articles", "--articles=p1", "-o", "o1", "-q", "-v", "--strict",
        "-h", "--help", "-V", "--version", "-qv", "-ap2", "--", "--clock",
        "2026-01-01T00:00:00Z", "--base-url", "https://example.org/", "--bogus", "p3", "-c",
        "c.yaml", "-t", "t1", "--keep-going", "--drafts", "--future", "--out=o2", "-a=p4",
        "--quiet=true", "--articles="};
    Random random = new Random(11);
    int quick = 0;
    int compared = 0;
    for (int n = 0; n < 3_000; n++) {
      List<String> args = new ArrayList<>(List.of("build"));
      for (int k = random.nextInt(7); k > 0; k--) {
        args.add(pieces[random.nextInt(pieces.length)]);
      }
      String[] line = args.toArray(String[]::new);
      Path read = BuildPreview.quickArticles(line);
      Optional<Path> parsed = BuildPreview.parsedArticles(line);
      if (read != null) {
        quick++;
        assertThat(args).doesNotContain("-h", "--help", "-V", "--version");
        if (parsed.isPresent()) {
          assertThat(read).as("%s", args).isEqualTo(parsed.get());
          compared++;
        }
      }
    }
    assertThat(quick).as("command lines read without picocli").isGreaterThan(300);
    assertThat(compared).as("of which picocli accepts").isGreaterThan(200);
    assertThat(BuildPreview.quickArticles(new String[] {"build"}))
        .isEqualTo(Path.of("articles"));
    assertThat(BuildPreview.quickArticles(new String[] {"check", "-a", "x"})).isNull();
  }

  /**
   * The launcher reads build command lines by a list of their options of its own, which must
   * be {@link BuildCommand}'s: an option added there and not here would send every command line
   * that uses it to picocli, and a default changed there and not here would preview the wrong
   * folders.
   */
  @Test
  void theLaunchersListOfBuildOptionsIsBuildCommands() {
    List<BuildPreview.QuickOption> declared = new ArrayList<>();
    for (Field field : BuildCommand.class.getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option != null) {
        String value = option.defaultValue();
        declared.add(new BuildPreview.QuickOption(field.getName(), List.of(option.names()),
            field.getType() != boolean.class,
            value.equals(Option.NULL_VALUE) || value.startsWith("__") ? null : value));
      }
    }
    assertThat(declared).hasSizeGreaterThan(10);
    assertThat(BuildPreview.BUILD_OPTIONS).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void articleFilesAreCountedInEveryFolderUpToTheLimit() throws Exception {
    Sites.write(dir, "articles/a.md", "A\n");
    Sites.write(dir, "articles/world/2020/b.md", "B\n");
    Sites.write(dir, "articles/world/2021/c.txt", "C\n");
    // Not articles, as the scan has it: hidden, another kind, a link to a folder.
    Sites.write(dir, "articles/.drafts/d.md", "D\n");
    Sites.write(dir, "articles/world/.e.md", "E\n");
    Sites.write(dir, "articles/world/photo.jpg", "F\n");
    Sites.write(dir, "elsewhere/g.md", "G\n");
    Files.createSymbolicLink(dir.resolve("articles/linked"), dir.resolve("elsewhere"));
    Path articles = dir.resolve("articles");
    assertThat(BuildPreview.countFiles(articles, 10)).isEqualTo(3);
    assertThat(BuildPreview.countFiles(articles, 2)).isEqualTo(2);
  }

  /** Runs Broadsheet as a user does, in a JVM of its own; returns the exit code. */
  private int runJava(List<String> args, StringBuilder stderr) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process java = builder.start();
    stderr.append(new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    return java.waitFor();
  }

  @Test
  void theTunedJvmBuildsTheSiteAndItsExitCodeAndErrorsReachTheUser() throws Exception {
    Sites.write(dir, "articles/a.md", "---\ntitle: Harbour bridge reopens\n---\nText.\n");
    Path config = Sites.write(dir, "empty.yaml", "");
    StringBuilder stderr = new StringBuilder();
    assertThat(runJava(List.of(build("-c", config.toString(), "-v")), stderr))
        .isEqualTo(ExitCodes.OK);
    // And no word from the JVM about the pages it was asked for.
    String pages = HugePages.offered(HugePages.SETTING) ? " -XX:+UseTransparentHugePages" : "";
    assertThat(stderr.toString()).startsWith("note: built in a JVM tuned for the archive's size"
        + " (" + TUNING + pages + "); -Dbroadsheet.launch=false builds in the JVM started\n")
        .doesNotContain("VM warning", "[warning]");
    assertThat(dir.resolve("site/index.html")).content().contains("Harbour bridge reopens");

    Sites.write(dir, "articles/bad.md", "---\ndate: 2017-02-30\n---\nx\n");
    stderr.setLength(0);
    assertThat(runJava(List.of(build("-c", config.toString())), stderr))
        .isEqualTo(ExitCodes.FAILED);
    assertThat(stderr.toString()).isEqualTo("error: bad.md:2: 'date' is not a valid date:"
        + " '2017-02-30' (use 2017-05-16 or 2017-05-16T09:30:00Z)\n");
  }
}
