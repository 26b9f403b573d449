package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

  /**
   * A site as written is told from one changed by hand in any way a stat can see: a file gone,
   * rewritten to another size, given another time, or added deep in the tree. A folder added
   * empty changes no file.
   */
  @Test
  void aSiteChangedByHandInAnyWayIsNoLongerDescribed() throws Exception {
    String[] changes = {"none", "file deleted", "file rewritten", "file touched",
        "stranger deep", "empty folder"};
    for (String change : changes) {
      Path site = dir.resolve(change.replace(' ', '-'));
      FileTable written;
      try (OutputWriter out = OutputWriter.open(site)) {
        out.write("index.html", "front");
        out.write("articles/a.html", "a");
        out.write("search/d/0/1.js", "fragment");
        out.commit();
        written = out.written();
      }
      Path deep = site.resolve("search/d/0/1.js");
      switch (change) {
        case "file deleted" -> Files.delete(deep);
        case "file rewritten" -> Files.writeString(deep, "defaced by hand");
        case "file touched" -> Files.setLastModifiedTime(deep,
            FileTime.fromMillis(Files.getLastModifiedTime(deep).toMillis() - 60_000));
        case "stranger deep" -> Files.writeString(site.resolve("search/d/0/2.js"), "x");
        case "empty folder" -> Files.createDirectories(site.resolve("articles/empty"));
        default -> { }
      }
      boolean unchanged = change.equals("none") || change.equals("empty folder");
      assertThat(ExistingSite.describes(site, written)).as(change).isEqualTo(unchanged);
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
