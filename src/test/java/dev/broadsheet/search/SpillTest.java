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

/** The search index's temporary files: where they go, and that none outlive their build. */
class SpillTest {
  @TempDir
  Path tmp;

  @Test
  void theIndexBuilderDeletesWhatAKilledBuildLeftAndItsOwnFolderWhenClosed() throws IOException {
    // As a build killed three days ago left it: its process is gone.
    Path stale = Files.createDirectory(tmp.resolve(Spill.FOLDER + Integer.MAX_VALUE + "-7"));
    Files.setLastModifiedTime(Files.writeString(stale.resolve("postings-0"), "..."),
        FileTime.from(Instant.now().minus(Duration.ofDays(3))));
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
    try (SearchIndexBuilder search = new SearchIndexBuilder(1, IndexLimits.DEFAULT, tmp)) {
      assertThat(stale).doesNotExist();
      try (Stream<Path> left = Files.list(tmp)) {
        assertThat(left).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
            .startsWith(Spill.FOLDER + ProcessHandle.current().pid() + "-"));
      }
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }
}
