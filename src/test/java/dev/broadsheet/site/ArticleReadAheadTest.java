package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.markdown.MarkdownService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadAheadTest {
  @TempDir
  Path dir;

  private final List<SourceFile> files = new ArrayList<>();
  private final List<ArticleScanner.Stamp> stamps = new ArrayList<>();
  private final ArticleLoader loader =
      new ArticleLoader(SiteConfig.defaults(), MarkdownService.create());

  private void write(int n, int bigEvery) throws IOException {
    for (int i = 0; i < n; i++) {
      String name = "story-" + i + ".md";
      String text = i % bigEvery == bigEvery - 1
          ? "x".repeat((int) ArticleReadAhead.MAX_BYTES + 1) : "Story number " + i + ".\n";
      Files.writeString(dir.resolve(name), text);
      files.add(new SourceFile(dir, name));
      stamps.add(new ArticleScanner.Stamp(Files.size(dir.resolve(name)), 0));
    }
  }

  private byte[] contents(int slot) throws IOException {
    return Files.readAllBytes(files.get(slot).path());
  }

  @Test
  void eachFileReadHasItsOwnBytesAndOnlyFilesWantedAndSmallEnoughAreReadAhead()
      throws Exception {
    write(2_000, 500);
    AtomicInteger next = new AtomicInteger();
    List<Integer> wrong = new ArrayList<>();
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> slot % 7 != 3,
        loader, ArticleReadAhead.START_AFTER)) {
      // Two threads take the files as the load does: a few at a time, in order, each reading
      // a file itself when it was not read ahead.
      IntStream.range(0, 2).parallel().forEach(t -> {
        for (int start; (start = next.getAndAdd(16)) < files.size(); ) {
          int end = Math.min(files.size(), start + 16);
          ahead.claimed(end);
          for (int slot = start; slot < end; slot++) {
            try {
              boolean notToRead = slot % 7 == 3
                  || stamps.get(slot).size() > ArticleReadAhead.MAX_BYTES;
              boolean held = ahead.holds(slot);
              byte[] bytes = ahead.read(slot, files.get(slot), stamps.get(slot).size());
              if (notToRead && held || !Arrays.equals(bytes, contents(slot))) {
                synchronized (wrong) {
                  wrong.add(slot);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
      });
    }
    assertThat(wrong).isEmpty();
  }

  /** Reads the first files as the parsing threads would, which starts the reading ahead. */
  private static void start(ArticleReadAhead ahead, List<SourceFile> files,
      List<ArticleScanner.Stamp> stamps) {
    ahead.claimed(ArticleReadAhead.START_AFTER);
    for (int slot = 0; slot < ArticleReadAhead.START_AFTER; slot++) {
      ahead.read(slot, files.get(slot), stamps.get(slot).size());
    }
  }

  private static void awaitHeld(ArticleReadAhead ahead, int slot) throws InterruptedException {
    for (int tries = 0; !ahead.holds(slot) && tries < 1_000; tries++) {
      Thread.sleep(10);
    }
    assertThat(ahead.holds(slot)).as("slot %d read ahead", slot).isTrue();
  }

  @Test
  void onceStartedTheFilesAfterThoseClaimedAreReadBeforeTheyAreAskedFor() throws Exception {
    write(1_000, Integer.MAX_VALUE);
    int last = ArticleReadAhead.START_AFTER + ArticleReadAhead.AHEAD - 1;
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> true, loader,
        ArticleReadAhead.START_AFTER)) {
      start(ahead, files, stamps);
      awaitHeld(ahead, last);
      // Gone from the disk, yet read: its bytes were read ahead. The next is beyond the
      // distance ahead of what was claimed, not read ahead, and its reader reports it gone.
      byte[] expected = contents(last);
      Files.delete(files.get(last).path());
      Files.delete(files.get(last + 1).path());
      Thread.sleep(50);
      assertThat(ahead.holds(last + 1)).isFalse();
      assertThat(ahead.read(last, files.get(last), stamps.get(last).size())).isEqualTo(expected);
      assertThatThrownBy(() -> ahead.read(last + 1, files.get(last + 1),
          stamps.get(last + 1).size())).isInstanceOf(ContentException.class)
          .hasMessageContaining("story-" + (last + 1) + ".md");
    }
  }

  @Test
  void theFilesOfASmallArchiveAreNotReadAhead() throws Exception {
    write(200, Integer.MAX_VALUE);
    try (ArticleReadAhead ahead = ArticleReadAhead.of(files, stamps, slot -> true, loader)) {
      start(ahead, files, stamps);
      Thread.sleep(200);
      assertThat(IntStream.range(0, files.size()).filter(ahead::holds).count()).isZero();
    }
  }

  @Test
  void aFileGoneBeforeItIsReadAheadIsLeftToItsReaderToReport() throws Exception {
    write(200, Integer.MAX_VALUE);
    Files.delete(files.get(100).path());
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> true, loader,
        ArticleReadAhead.START_AFTER)) {
      start(ahead, files, stamps);
      awaitHeld(ahead, 101);
      assertThat(ahead.holds(100)).isFalse();
      assertThatThrownBy(() -> ahead.read(100, files.get(100), stamps.get(100).size()))
          .isInstanceOf(ContentException.class).hasMessageContaining("story-100.md");
      assertThat(new String(ahead.read(101, files.get(101), stamps.get(101).size()),
          StandardCharsets.UTF_8)).isEqualTo("Story number 101.\n");
    }
  }
}
