package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.broadsheet.cli.ExitCodes;
import dev.broadsheet.cli.Main;
import dev.broadsheet.testing.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that cannot be built, through the command line as a user meets it: exit code 1, one line
 * that names the file (and the line or key), no stack trace, and the previous site untouched.
 * Each case adds one bad article to an archive that built before. Input that can still make a
 * sensible page is in {@link BadInputWarningsTest}.
 */
class BadInputTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Map<String, byte[]> before;

  /** A bad article: its file name, its bytes and the one line the build must print. */
  record Case(String file, byte[] bytes, String message) {
    @Override
    public String toString() {
      return message;
    }
  }

  private static Arguments error(String file, String text, String message) {
    return error(file, text.getBytes(StandardCharsets.UTF_8), message);
  }

  private static Arguments error(String file, byte[] bytes, String message) {
    return Arguments.of(new Case(file, bytes, message));
  }

  static Stream<Arguments> cases() {
    byte[] binary = new byte[4096];
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    System.arraycopy(png, 0, binary, 0, png.length);
    byte[] huge = new byte[10 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    String laughs = "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        + "---\nx\n";
    return Stream.of(
        error("bad.md", "---\ntitle: Never closed\n\nBody.\n",
            "bad.md:1: front matter opened with --- is never closed; end it with a line of ---"),
        error("bad.txt", "---\n", "bad.txt:1: front matter opened with --- is never closed"),
        error("bad.md", "---\ntitle: x\n\tdate: 2017-05-16\n---\nx\n",
            "bad.md:3: front matter: invalid YAML: found character '\\t(TAB)'"),
        error("bad.md", "---\ntitle: x\n  date: 2017-05-16\n---\nx\n",
            "bad.md:3: front matter: invalid YAML: mapping values are not allowed here"),
        error("bad.md", "---\ntitle: 'unclosed\n---\nx\n", "bad.md:"),
        error("bad.md", "---\ntitle: [A, B]\n---\nx\n",
            "bad.md:2: 'title' must be text, not a list"),
        error("bad.md", "---\ntags: {a: b}\n---\nx\n",
            "bad.md:2: 'tags' must be text or a list of texts, not a mapping"),
        error("bad.md", "---\ndate: {year: 2017}\n---\nx\n",
            "bad.md:2: 'date' must be a date such as 2017-05-16 or 2017-05-16T09:30:00Z"),
        error("bad.md", "---\ndate: [2017-05-16]\n---\nx\n", "bad.md:2: 'date' must be a date"),
        error("bad.md", "---\ndraft: maybe\n---\nx\n",
            "bad.md:2: 'draft' must be true or false, not text"),
        error("bad.md", laughs,
            "bad.md:6: front matter: 'e' is too large (more than 10000 values)"),
        error("bad.md", "---\ntitle: !!python/object/apply:os.system [rm]\n---\nx\n",
            "bad.md:2: front matter: 'title' has an unsupported type"
                + " tag:yaml.org,2002:python/object/apply:"),
        error("bad.md", "---\ntitle: !!binary aGVsbG8=\n---\nx\n",
            "bad.md:2: front matter: 'title' has an unsupported type"
                + " tag:yaml.org,2002:binary"),
        error("bad.md", "---\ntitle: A\ntitle: B\n---\nx\n",
            "bad.md:3: front matter: 'title' is given twice"),
        error("bad.md", "---\n- a list\n- not a mapping\n---\nx\n",
            "bad.md:2: front matter: expected 'key: value' lines, found a list"),
        error("bad.md", "---\ntitle: " + "[".repeat(50_000) + "\n---\nx\n",
            "bad.md:1: front matter: invalid YAML: nested too deeply"),
        error("bad.md", "---\ndate: 2023-02-30\n---\nx\n",
            "bad.md:2: 'date' is not a valid date: '2023-02-30'"),
        error("bad.md", "---\ndate: 2017-13-01\n---\nx\n",
            "bad.md:2: 'date' is not a valid date: '2017-13-01'"),
        error("bad.md", "---\nupdated: 2017-05-16T25:00:00Z\n---\nx\n",
            "bad.md:2: 'updated' is not a valid date"),
        error("2023-02-30-story.md", "x\n", "2023-02-30-story.md: the file name starts with an"
            + " impossible date, 2023-02-30; rename the file or give a date in front matter"),
        error("photo.md", binary, "photo.md: is not a text file (it contains NUL bytes)"),
        error("huge.txt", huge, "huge.txt: is 10.0 MB, more than the limit of 5.0 MB; raise"
            + " max_article_size in broadsheet.yaml to build it"));
  }

  @BeforeEach
  void buildAGoodSiteFirst() {
    Sites.write(dir, "articles/good.md", "---\ntitle: Good\ndate: 2017-05-16\n---\nFine.\n");
    assertThat(run()).as(err.toString()).isZero();
    before = Sites.snapshot(dir.resolve("site"));
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stopsWithOneLineNamingTheFileAndLeavesThePreviousSite(Case c) {
    Sites.write(dir, "articles/" + c.file(), c.bytes());
    int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run());
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).startsWith("error: " + c.message()).endsWith("\n")
        .doesNotContain("\tat ", "Exception").hasLineCount(1);
    assertUnchanged();
  }

  @ParameterizedTest(name = "keep-going: {0}")
  @MethodSource("cases")
  void keepGoingBuildsTheRestAndListsTheFailureAtTheEnd(Case c) {
    Sites.write(dir, "articles/" + c.file(), c.bytes());
    Sites.write(dir, "articles/other.md", "---\ntitle: Other\n---\nAlso fine.\n");
    int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("--keep-going"));
    assertThat(code).isEqualTo(ExitCodes.FAILED);
    List<String> errors = err.toString().lines().filter(l -> l.startsWith("error: ")).toList();
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("error: " + c.message());
    assertThat(errors.get(1)).isEqualTo("error: 1 article could not be built and was left out");
    assertThat(err.toString()).doesNotContain("\tat ");
    assertThat(dir.resolve("site/articles/good.html")).exists();
    assertThat(dir.resolve("site/articles/other.html")).exists();
  }

  private void assertUnchanged() {
    Map<String, byte[]> after = Sites.snapshot(dir.resolve("site"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
  }

  private int run(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "-q",
        "-a", dir.resolve("articles").toString(), "-o", dir.resolve("site").toString(),
        "-c", Sites.write(dir, "empty.yaml", "").toString()));
    args.addAll(List.of(extra));
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
  }
}
