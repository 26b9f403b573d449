package dev.broadsheet.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
  private static final Duration QUIET = Duration.ofMillis(100);

  @TempDir
  Path dir;

  private final ExecutorService waiting = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopWaiting() {
    waiting.shutdownNow();
  }

  /** The change the watcher sees next; fails after ten seconds. */
  private Set<Path> nextChange(FolderWatcher watcher, Duration quiet) throws Exception {
    Future<Set<Path>> change = waiting.submit(() -> watcher.awaitChange(quiet));
    return change.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aFileChangedDeepInAWatchedFolderIsNoticed() throws Exception {
    Path deep = Files.createDirectories(dir.resolve("articles/world/2017"));
    Files.writeString(deep.resolve("a.md"), "one");
    try (FolderWatcher watcher = new FolderWatcher(List.of(dir.resolve("articles")), List.of())) {
      Files.writeString(deep.resolve("a.md"), "two");
      assertThat(nextChange(watcher, QUIET)).containsExactly(deep.resolve("a.md"));
    }
  }

  @Test
  void aFolderMadeAfterTheWatchBeganIsWatchedToo() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (FolderWatcher watcher = new FolderWatcher(List.of(articles), List.of())) {
      Path later = Files.createDirectories(articles.resolve("sport"));
      assertThat(nextChange(watcher, QUIET)).containsExactly(later);
      Files.writeString(later.resolve("match.md"), "a match report");
      assertThat(nextChange(watcher, QUIET)).containsExactly(later.resolve("match.md"));
    }
  }

  @Test
  void aWatchedFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.md"), "a story");
    try (FolderWatcher watcher = new FolderWatcher(List.of(articles), List.of())) {
      Files.delete(articles.resolve("a.md"));
      Files.delete(articles);
      assertThat(nextChange(watcher, QUIET)).contains(articles);
      // Restored from a copy: the folder comes back, with a story in it.
      Files.createDirectories(articles);
      Files.writeString(articles.resolve("b.md"), "another story");
      assertThat(nextChange(watcher, QUIET)).contains(articles);
      Files.writeString(articles.resolve("b.md"), "the story, edited");
      assertThat(nextChange(watcher, QUIET)).containsExactly(articles.resolve("b.md"));
    }
  }

  @Test
  void ofAWatchedFilesFolderOnlyThatFileCounts() throws Exception {
    Path config = dir.resolve("broadsheet.yaml");
    Files.writeString(config, "title: One");
    try (FolderWatcher watcher = new FolderWatcher(List.of(), List.of(config))) {
      Files.writeString(dir.resolve("notes.txt"), "not an input");
      Files.writeString(config, "title: Two");
      assertThat(nextChange(watcher, QUIET)).containsExactly(config);
    }
  }

  @Test
  void aHiddenFolderIsLeftOutAsTheBuildLeavesItOut() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Path hidden = Files.createDirectories(articles.resolve(".git"));
    try (FolderWatcher watcher = new FolderWatcher(List.of(articles), List.of())) {
      Files.writeString(hidden.resolve("index"), "a commit");
      Files.writeString(articles.resolve("a.md"), "a story");
      assertThat(nextChange(watcher, QUIET)).containsExactly(articles.resolve("a.md"));
    }
  }

  @Test
  void aBatchOfChangesInQuickSuccessionIsOneChange() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (FolderWatcher watcher = new FolderWatcher(List.of(articles), List.of())) {
      // Quiet for long enough that a slow machine's pauses between writes do not split it.
      Future<Set<Path>> change = waiting.submit(() -> watcher.awaitChange(Duration.ofSeconds(1)));
      // As a copy over a slow network comes in: a file every few milliseconds.
      for (int i = 0; i < 20; i++) {
        Files.writeString(articles.resolve("story-" + i + ".md"), "a story");
        Thread.sleep(20);
      }
      assertThat(change.get(10, TimeUnit.SECONDS)).hasSize(20);
    }
  }

  @Test
  void aFolderThatCannotBeWatchedIsReportedByName() {
    Path missing = dir.resolve("no-such-folder");
    assertThatThrownBy(() -> new FolderWatcher(List.of(missing), List.of()))
        .hasMessageContaining("cannot watch").hasMessageContaining("no-such-folder");
  }

  @Test
  void aWaitingThreadStopsWhenInterrupted() throws Exception {
    try (FolderWatcher watcher = new FolderWatcher(List.of(dir), List.of())) {
      waiting.submit(() -> watcher.awaitChange(QUIET));
      waiting.shutdownNow();
      assertThat(waiting.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
