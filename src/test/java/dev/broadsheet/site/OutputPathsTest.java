package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTest {
  /** Names taken as they are when a rebuild keeps a file: only those already normal. */
  @ParameterizedTest
  @ValueSource(strings = {"", "/etc/passwd", "../x.html", "a/../../x.html", "..", ".",
      "a\\b.html", "x\0.html", "a/./b", "articles/../x", "a//b", "a/", "./a", "a/.", "a/..",
      "/"})
  void onlyPlainRelativePathsAreNormal(String path) {
    assertThat(OutputPaths.isNormal(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "tags/con-page/index.html", "..a", ".a/b", "a.b/c..",
      "search/t/ab.js", "...", "a/.../b"})
  void plainRelativePathsAreNormal(String path) {
    assertThat(OutputPaths.isNormal(path)).isTrue();
  }
}
