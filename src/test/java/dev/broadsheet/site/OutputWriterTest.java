package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.testing.Sites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever path the stages ask for, nothing is written outside the output folder. */
class OutputWriterTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "/etc/passwd", "../x.html", "a/../../x.html", "a/b/../../../x",
      "..", ".", "a\\b.html", "..\\x.html", "x\0.html", "a/./../..", "articles/../../x"})
  void refusesAnyPathThatLeavesTheSite(String path) {
    try (OutputWriter out = OutputWriter.open(dir.resolve("site"))) {
      assertThatThrownBy(() -> out.write(path, "x")).isInstanceOf(IllegalArgumentException.class);
      out.write("ok.html", "fine");
      out.commit();
    }
    assertThat(Sites.snapshot(dir).keySet()).containsExactly("site/.broadsheet", "site/ok.html");
  }

  @Test
  void filesOfEverySizeAreWrittenWhole() throws Exception {
    // Empty, a page, and files that take one, two and three of the writes a file is cut into.
    int[] sizes = {0, 11_000, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, (5 << 19) + 3};
    Random random = new Random(5);
    byte[][] contents = new byte[sizes.length][];
    try (OutputWriter out = OutputWriter.open(dir.resolve("site"))) {
      for (int i = 0; i < sizes.length; i++) {
        contents[i] = new byte[sizes[i]];
        random.nextBytes(contents[i]);
        out.write("f" + i + ".bin", contents[i]);
      }
      out.commit();
    }
    for (int i = 0; i < sizes.length; i++) {
      assertThat(Files.readAllBytes(dir.resolve("site/f" + i + ".bin"))).as("f%d", i)
          .isEqualTo(contents[i]);
    }
  }

  @Test
  void pathsThatStayInsideAreWritten() {
    try (OutputWriter out = OutputWriter.open(dir.resolve("site"))) {
      out.write("a/../b.html", "b");
      out.write("tags/con-page/index.html", "c");
      out.commit();
    }
    assertThat(Sites.snapshot(dir).keySet()).containsExactly("site/.broadsheet", "site/b.html",
        "site/tags/con-page/index.html");
  }

  @Test
  void anUncommittedSiteLeavesNothingBehind() {
    try (OutputWriter out = OutputWriter.open(dir.resolve("site"))) {
      out.write("index.html", "x");
    }
    assertThat(Sites.snapshot(dir)).isEmpty();
  }

  @Test
  void aPatchReplacesChangedFilesAndRemovesWhatIsGoneFoldersToo() throws Exception {
    Path site = dir.resolve("site");
    FileTable first;
    try (OutputWriter out = OutputWriter.open(site)) {
      out.write("b.html", "one");
      out.write("same.html", "kept");
      out.write("old/deeper/gone.html", "x");
      out.commit();
      first = out.written();
    }
    FileTime kept = Files.getLastModifiedTime(site.resolve("same.html"));
    try (OutputWriter out = OutputWriter.open(site, first)) {
      out.write("a/../b.html", "two");
      out.write("same.html", "kept");
      out.commit();
      assertThat(out.rewritten()).isEqualTo(2);
    }
    assertThat(Sites.snapshot(dir).keySet()).containsExactly("site/.broadsheet", "site/b.html",
        "site/same.html");
    assertThat(Files.readString(site.resolve("b.html"))).isEqualTo("two");
    assertThat(Files.getLastModifiedTime(site.resolve("same.html"))).isEqualTo(kept);
    try (Stream<Path> all = Files.walk(dir)) {
      // No emptied folder, no staging folder, no mark of a patch under way.
      assertThat(all.map(p -> dir.relativize(p).toString())).containsExactlyInAnyOrder("",
          "site", "site/.broadsheet", "site/b.html", "site/same.html");
    }
  }
}
