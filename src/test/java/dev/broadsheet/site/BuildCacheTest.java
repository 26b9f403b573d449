package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.testing.Sites;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
  @TempDir
  Path dir;

  @Test
  void theLastManifestIsLetGoOnceTheCacheIsOpenedWithIt() throws Exception {
    Sites.write(dir, "articles/a.md", "---\ntitle: Hello\n---\nText.\n");
    Sites.write(dir, "articles/b.txt", "Another\n\nStory.\n");
    Path out = dir.resolve("site");
    SiteBuilder.build(new BuildOptions(dir.resolve("articles"), Optional.empty(), out,
        SiteConfig.defaults(), false, false, Sites.CLOCK));
    List<SourceFile> files = ArticleScanner.scan(dir.resolve("articles")).articles();

    CacheFolder.LastManifest last = CacheFolder.readLast(out);
    assertThat(last.taken()).as("read").isFalse();
    try (BuildCache cache = BuildCache.open(out, "in", "out", files, last)) {
      // What it read is the cache's now; the build's long-lived future no longer holds a copy
      // of every path, which for a million articles is a tenth of a gigabyte.
      assertThat(last.taken()).isTrue();
      assertThat(cache.problem()).isPresent(); // other keys: nothing is reused
    }
  }

  @Test
  void aMissingOrDamagedManifestIsAReasonToBuildEverything() throws Exception {
    Path out = dir.resolve("site");
    CacheFolder.LastManifest none = CacheFolder.readLast(out);
    try (BuildCache cache = BuildCache.open(out, "in", "out", List.of(), none)) {
      assertThat(cache.problem()).contains("no build cache yet");
    }
    Sites.write(dir, ".broadsheet-cache/site/manifest.bin", "not a manifest at all");
    CacheFolder.LastManifest damaged = CacheFolder.readLast(out);
    try (BuildCache cache = BuildCache.open(out, "in", "out", List.of(), damaged)) {
      assertThat(cache.problem()).hasValueSatisfying(p -> assertThat(p)
          .startsWith("build cache unreadable").endsWith("; building everything"));
    }
  }

  @Test
  void aStaleLogThatCannotBeRemovedIsLeftForLaterAndTheBuildStillCommits() throws Exception {
    Sites.write(dir, "articles/a.md", "---\ntitle: Hello\nslug: hello\n---\nText.\n");
    Path out = dir.resolve("site");
    BuildOptions options = new BuildOptions(dir.resolve("articles"), Optional.empty(), out,
        SiteConfig.defaults(), false, false, Sites.CLOCK);
    SiteBuilder.build(options);
    Path cacheDir = dir.resolve(".broadsheet-cache/site");
    // A log no manifest names, and one that cannot be removed (a folder here; on Windows, a
    // file another build still has mapped).
    Path stale = Sites.write(cacheDir, "log-stale.bin", "old");
    Path stuck = Sites.write(cacheDir, "log-stuck.bin/inside", "kept");
    Sites.write(dir, "articles/a.md", "---\ntitle: Hello again\nslug: hello\n---\nText.\n");

    BuildResult result = SiteBuilder.build(options);

    assertThat(result.written()).isTrue();
    assertThat(Sites.read(out.resolve("articles/hello.html"))).contains("Hello again");
    assertThat(stale).doesNotExist();
    assertThat(stuck).exists();
    // The manifest was committed: the next build reads nothing again.
    BuildResult next = SiteBuilder.build(options);
    assertThat(next.filesChanged()).isZero();
    assertThat(next.notes()).noneMatch(n -> n.contains("build cache"));
    assertThat(stuck).exists();
  }
}
