package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, and what is printed where. */
class MainTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private String[] build(String... extra) {
    String[] base = {"build", "-a", dir.resolve("articles").toString(),
        "-o", dir.resolve("site").toString(), "-t", dir.resolve("no-templates").toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void aGoodBuildExitsZeroAndEndsWithASummaryLine() {
    Sites.write(dir, "articles/a.md", "---\ntitle: A\n---\nText.\n");
    Sites.write(dir, "articles/b.md", "---\ntitle: A\n---\nText.\n");
    int code = run(buildWithDefaultTheme());
    assertThat(code).isEqualTo(ExitCodes.OK);
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches(
        "Built .*site: 2 articles read, \\d+ pages written \\(\\d+ files changed\\), 2 warnings,"
            + " \\d+\\.\\d\\d s");
    assertThat(err.toString()).contains("warning: b.md: slug 'a' is already used by a.md")
        .contains("warning: no base URL");
  }

  @Test
  void quietPrintsNothingOnSuccess() {
    Sites.write(dir, "articles/a.md", "x\n");
    assertThat(run(buildWithDefaultTheme("-q"))).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badInputExitsOneWithOneLineNamingTheFileAndNoStackTrace() {
    Sites.write(dir, "articles/bad.md", "---\ndate: 2017-02-30\n---\nx\n");
    assertThat(run(buildWithDefaultTheme())).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).isEqualTo("error: bad.md:2: 'date' is not a valid date:"
        + " '2017-02-30' (use 2017-05-16 or 2017-05-16T09:30:00Z)\n");
    assertThat(out.toString()).isEmpty();
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void verboseAddsTheStackTrace() {
    Sites.write(dir, "articles/bad.md", "---\ndate: 2017-02-30\n---\nx\n");
    assertThat(run(buildWithDefaultTheme("--verbose"))).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).contains("\tat dev.broadsheet.")
        .endsWith("error: bad.md:2: 'date' is not a valid date: '2017-02-30'"
            + " (use 2017-05-16 or 2017-05-16T09:30:00Z)\n");
  }

  @Test
  void aMissingArticlesFolderExitsOne() {
    assertThat(run(buildWithDefaultTheme())).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).startsWith("error: articles folder ").endsWith(" does not exist\n");
  }

  @Test
  void aMissingTemplatesFolderGivenExplicitlyExitsOne() {
    Sites.write(dir, "articles/a.md", "x\n");
    assertThat(run(build())).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).contains("templates folder").contains("does not exist");
  }

  @Test
  void aBadConfigFileExitsOneNamingTheFileAndLine() {
    Sites.write(dir, "articles/a.md", "x\n");
    Path config = Sites.write(dir, "site.yaml", "title: Archive\ncolour: blue\n");
    assertThat(run(buildWithDefaultTheme("-c", config.toString()))).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).isEqualTo("error: " + config + ":2: 'colour' is not a config key;"
        + " known keys: base_url, description, language, max_article_size, page_size,"
        + " raw_html, sitemap_max_urls, timezone, title\n");
  }

  @Test
  void unknownOptionsAreUsageErrorsWithExitTwo() {
    assertThat(run("build", "--colour")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--colour'").contains("Usage: broadsheet build");
  }

  @Test
  void aMalformedBaseUrlIsAUsageError() {
    assertThat(run("build", "--base-url", "not a url")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--base-url");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("missing a command");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: broadsheet", "build", "check");
    out.getBuffer().setLength(0);
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).matches("broadsheet \\d+\\.\\d+\\.\\d+.*\n");
    String quick = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("build", "--version")).isZero();
    assertThat(out.toString()).as("picocli's own version text").isEqualTo(quick);
    out.getBuffer().setLength(0);
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("--articles", "--templates", "--out", "--config",
        "--base-url", "--verbose", "--quiet", "--strict", "--keep-going");
    out.getBuffer().setLength(0);
    assertThat(run("check", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: broadsheet check", "[SITE]");
  }

  @Test
  void runningOutOfMemoryExitsOneWithAHintAndNoStackTrace() throws Exception {
    // A four-megabyte article in a sixteen-megabyte heap: parsing it cannot fit.
    Random random = new Random(1);
    String[] words = "the harbour bridge reopened on monday after repairs officials said".split(" ");
    StringBuilder text = new StringBuilder("---\ntitle: Big\n---\n");
    while (text.length() < 4_000_000) {
      text.append(random.nextInt(80) == 0 ? "\n\n" : " ").append(words[random.nextInt(10)]);
    }
    Sites.write(dir, "articles/big.md", text.toString());
    Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx16m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "build", "-a", dir.resolve("articles").toString(), "-o", dir.resolve("site").toString(),
        "-c", writeEmptyConfig().toString(), "-q")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor()).isEqualTo(ExitCodes.FAILED);
    assertThat(stderr).matches("error: out of memory: the Java heap \\(\\d+ MB\\) is too small for"
        + " this site; give Java more, for example java -Xmx2g -jar broadsheet.jar build\n");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no site and no staging folder").noneMatch(name -> name.contains("site"));
    }
  }

  @Test
  void aBuildStoppedWithATermSignalLeavesNoStagingCopyAndNoTemporaryFiles() throws Exception {
    // Enough articles that the build is still writing pages when it is stopped.
    for (int i = 0; i < 10_000; i++) {
      Sites.write(dir, "articles/" + (i % 50) + "/story-" + i + ".md",
          "---\ntitle: Story " + i + "\ndate: 2020-01-01\n---\nText of story " + i + ".\n");
    }
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    // As a user runs it: the launcher, which stops the tuned JVM it started when stopped.
    Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "build", "-a", dir.resolve("articles").toString(),
        "-o", dir.resolve("site").toString(), "-c", writeEmptyConfig().toString(), "-q")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!staging() && java.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(staging()).as("the build got as far as writing pages").isTrue();
    java.destroy();
    assertThat(java.waitFor()).as("stopped by the signal, not finished").isEqualTo(128 + 15);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles", "tmp", "empty.yaml", ".broadsheet-cache");
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("the search index's temporary files").isEmpty();
    }
  }

  private boolean staging() throws java.io.IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith(".site.building-"));
    }
  }

  /** A build of the test's articles; with an empty config unless the test passes its own. */
  private String[] buildWithDefaultTheme(String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build",
        "-a", dir.resolve("articles").toString(), "-o", dir.resolve("site").toString()));
    if (!java.util.List.of(extra).contains("-c")) {
      args.addAll(java.util.List.of("-c", writeEmptyConfig().toString()));
    }
    args.addAll(java.util.List.of(extra));
    return args.toArray(String[]::new);
  }

  private Path writeEmptyConfig() {
    return Sites.write(dir, "empty.yaml", "");
  }
}
