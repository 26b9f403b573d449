package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
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
  void eachFileTakenHasItsOwnBytesAndOnlyFilesAskedForAndSmallEnoughAreReadAhead()
      throws Exception {
    write(2_000, 500);
    AtomicInteger next = new AtomicInteger();
    List<Integer> wrong = new ArrayList<>();
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> slot % 7 != 3,
        loader)) {
      // Two threads take the files as the load does: a few at a time, in order, each reading
      // a file itself when it was not read ahead.
      IntStream.range(0, 2).parallel().forEach(t -> {
        for (int start; (start = next.getAndAdd(16)) < files.size(); ) {
          int end = Math.min(files.size(), start + 16);
          ahead.claimed(end);
          for (int slot = start; slot < end; slot++) {
            try {
              byte[] bytes = ahead.take(slot);
              if (bytes == null) {
                contents(slot);
              } else if (slot % 7 == 3 || stamps.get(slot).size() > ArticleReadAhead.MAX_BYTES
                  || !Arrays.equals(bytes, contents(slot))) {
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

  @Test
  void onceStartedTheFilesAfterThoseClaimedAreReadWithoutBeingAskedFor() throws Exception {
    write(1_000, Integer.MAX_VALUE);
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> true, loader)) {
      ahead.claimed(ArticleReadAhead.START_AFTER);
      for (int slot = 0; slot < ArticleReadAhead.START_AFTER; slot++) {
        assertThat(ahead.take(slot)).isNull(); // not started yet: the caller reads them
      }
      int wanted = ArticleReadAhead.START_AFTER + ArticleReadAhead.AHEAD - 1;
      byte[] bytes = null;
      for (int tries = 0; bytes == null && tries < 1_000; tries++) {
        bytes = ahead.take(wanted);
        if (bytes == null) {
          Thread.sleep(10);
        }
      }
      assertThat(bytes).isEqualTo(contents(wanted));
      // Not beyond what was claimed and the distance ahead.
      Thread.sleep(100);
      assertThat(ahead.take(wanted + 1)).isNull();
    }
  }

  @Test
  void aFileGoneAfterTheScanIsLeftToItsReaderToReport() throws Exception {
    write(200, Integer.MAX_VALUE);
    Files.delete(files.get(100).path());
    try (ArticleReadAhead ahead = new ArticleReadAhead(files, stamps, slot -> true, loader)) {
      ahead.claimed(ArticleReadAhead.START_AFTER);
      for (int slot = 0; slot < ArticleReadAhead.START_AFTER; slot++) {
        ahead.take(slot);
      }
      byte[] after = null;
      for (int tries = 0; after == null && tries < 1_000; tries++) {
        after = ahead.take(101);
        if (after == null) {
          Thread.sleep(10);
        }
      }
      assertThat(new String(after, StandardCharsets.UTF_8)).isEqualTo("Story number 101.\n");
      assertThat(ahead.take(100)).isNull();
    }
  }
}
