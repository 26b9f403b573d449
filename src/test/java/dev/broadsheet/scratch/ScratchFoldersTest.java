package dev.broadsheet.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build killed outright leaves goes with a later build, and nothing else does. */
class ScratchFoldersTest {
  /** No process has this id: Linux's ids stop far below it. */
  private static final long GONE = Integer.MAX_VALUE;
  private static final String KIND = ".site.building-";

  @TempDir
  Path tmp;

  /**
   * A scratch folder as a build of process {@code pid} left it in {@code parent}, with a file,
   * both last changed {@code age} ago.
   */
  static Path leftBy(Path parent, String kind, long pid, String suffix, Duration age)
      throws IOException {
    Path folder = Files.createDirectories(parent.resolve(kind + pid + "-" + suffix));
    Path file = Files.writeString(folder.resolve("postings-0"), "...");
    FileTime then = FileTime.from(Instant.now().minus(age));
    Files.setLastModifiedTime(file, then);
    Files.setLastModifiedTime(folder, then);
    return folder;
  }

  @Test
  void aFolderOfAGoneProcessQuietForAnHourGoesAndEveryOtherStays() throws IOException {
    Path stale = leftBy(tmp, KIND, GONE, "1", Duration.ofHours(2));
    Path gonePerhapsElsewhere = leftBy(tmp, KIND, GONE, "2", Duration.ofMinutes(5));
    Path ours = leftBy(tmp, KIND, ProcessHandle.current().pid(), "3", Duration.ofHours(2));
    Path otherKind = leftBy(tmp, ".feed.building-", GONE, "4", Duration.ofHours(2));
    Path notAPid = Files.createDirectory(tmp.resolve(KIND + "abc"));
    Path site = Files.createDirectory(tmp.resolve("site"));

    ScratchFolders.removeStale(tmp, KIND, Instant.now());

    assertThat(stale).doesNotExist();
    assertThat(gonePerhapsElsewhere).exists();
    assertThat(ours).exists();
    assertThat(otherKind).exists();
    assertThat(notAPid).exists();
    assertThat(site).exists();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).hasSize(5);
    }
  }

  @Test
  void namesCarryThisProcess() {
    assertThat(ScratchFolders.nameFor(KIND))
        .isEqualTo(KIND + ProcessHandle.current().pid() + "-");
  }
}
