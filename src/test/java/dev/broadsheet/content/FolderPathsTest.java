package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderPathsTest {
  @ParameterizedTest
  @CsvSource({
      "/a/site, /a/site/index.html, index.html",
      "/a/site, /a/site/articles/x.html, articles/x.html",
      "/a/site, /a/site-old/x.html, ../site-old/x.html",
      "/a/site, /a/sitex.html, ../sitex.html",
      "/, /x/y.md, x/y.md",
      "/a/b c, /a/b c/caf\u00E9 \u65B0.md, caf\u00E9 \u65B0.md",
  })
  void aPathBelowAFolderIsWhatRelativizingGivesWithSlashes(String root, String file,
      String expected) {
    assertThat(FolderPaths.relative(Path.of(root), Path.of(file))).isEqualTo(expected)
        .isEqualTo(Path.of(root).relativize(Path.of(file)).toString());
  }

  @Test
  void aRootThatDoesNotBeginTheFilesStringIsRelativizedAsPaths() {
    // A path's string need not start with its root's even when the path is below it.
    assertThat(FolderPaths.relative(Path.of("/a/./b"), Path.of("/a/./b/c.md")))
        .isEqualTo("c.md");
  }
}
