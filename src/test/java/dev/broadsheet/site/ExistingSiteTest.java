package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingSiteTest {
  @TempDir
  Path dir;

  @Test
  void aSiteWithAFileTheCacheDoesNotKnowIsNotPatched() throws Exception {
    // Files are met in the file system's order: with ten sites, the stranger comes after the
    // known files in some, and before them in others.
    for (int i = 0; i < 10; i++) {
      Path site = dir.resolve("site-" + i);
      FileTable written;
      try (OutputWriter out = OutputWriter.open(site)) {
        out.write("index.html", "front");
        out.commit();
        written = out.written();
      }
      assertThat(ExistingSite.describes(site, written)).isTrue();
      Files.writeString(site.resolve("stranger-" + i + ".html"), "left by hand");
      assertThat(ExistingSite.describes(site, written)).as("site %d", i).isFalse();
    }
  }

  @Test
  void aFolderBroadsheetDidNotMakeIsNotReplaced() throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    assertThatThrownBy(() -> ExistingSite.checkReplaceable(mine))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("is not empty and was not made by Broadsheet");
    Files.writeString(mine.resolve(OutputWriter.MARKER), "");
    assertThat(ExistingSite.checkReplaceable(mine)).isEqualTo(mine.toAbsolutePath().normalize());
  }
}
