package dev.broadsheet.search;

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

/** What a build killed outright leaves in the temporary folder goes with the next build. */
class SpillFolderTest {
  /** No process has this id: Linux's ids stop far below it. */
  private static final long GONE = Integer.MAX_VALUE;

  @TempDir
  Path tmp;

  /** A spill folder as a build left it, its file and itself last changed {@code age} ago. */
  private Path leftBy(long pid, String suffix, Duration age) throws IOException {
    Path folder = Files.createDirectory(tmp.resolve(SpillFolder.PREFIX + pid + "-" + suffix));
    Path postings = Files.writeString(folder.resolve("postings-0"), "...");
    FileTime then = FileTime.from(Instant.now().minus(age));
    Files.setLastModifiedTime(postings, then);
    Files.setLastModifiedTime(folder, then);
    return folder;
  }

  @Test
  void aFolderOfAGoneProcessQuietForAnHourGoesAndEveryOtherStays() throws IOException {
    Path stale = leftBy(GONE, "1", Duration.ofHours(2));
    Path gonePerhapsElsewhere = leftBy(GONE, "2", Duration.ofMinutes(5));
    Path ours = leftBy(ProcessHandle.current().pid(), "3", Duration.ofHours(2));
    Path notAPid = Files.createDirectory(tmp.resolve(SpillFolder.PREFIX + "abc"));
    Path unrelated = Files.createDirectory(tmp.resolve("other-tool-" + GONE + "-1"));

    Path made = SpillFolder.create(tmp);

    assertThat(stale).doesNotExist();
    assertThat(gonePerhapsElsewhere).exists();
    assertThat(ours).exists();
    assertThat(notAPid).exists();
    assertThat(unrelated).exists();
    assertThat(made.getFileName().toString())
        .startsWith(SpillFolder.PREFIX + ProcessHandle.current().pid() + "-");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).hasSize(5);
    }
  }

  @Test
  void theIndexBuilderTidiesUpBeforeItSpillsAndDeletesItsOwnFolderWhenClosed() throws IOException {
    Path stale = leftBy(GONE, "1", Duration.ofDays(3));
    try (SearchIndexBuilder search = new SearchIndexBuilder(1, IndexLimits.DEFAULT, tmp)) {
      assertThat(stale).doesNotExist();
      try (Stream<Path> left = Files.list(tmp)) {
        assertThat(left).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
            .startsWith(SpillFolder.PREFIX + ProcessHandle.current().pid() + "-"));
      }
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }
}
