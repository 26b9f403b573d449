package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A watched folder's scan, patched with the paths a watcher reports, is the scan made afresh. */
class WatchedScanTest {
  private static final List<String> NAMES = List.of("a.md", "b.txt", "c.md~", ".d.md",
      "e.docx", "#f.md#", "g.md", "a.md (copy).bak");
  private static final List<String> FOLDERS = List.of("", "world/", "world/2017/", "uk/",
      ".drafts/", "world/.old/", "sport/2001/");

  @TempDir
  Path dir;
  @TempDir
  Path elsewhere;
  private final List<Path> reported = new ArrayList<>();
  private long clock = 1_600_000_000_000L;

  /** Makes {@code folder} and those above it; reports the first made, as a watcher would. */
  private void makeFolders(Path folder) throws IOException {
    Path made = null;
    for (Path p = folder; !Files.exists(p); p = p.getParent()) {
      made = p;
    }
    if (made != null) {
      reported.add(made);
    }
    Files.createDirectories(folder);
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    makeFolders(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock += 1000));
    return file;
  }

  /** One random change to the folder, reporting what a watcher would. */
  private void change(Random random) throws IOException {
    String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
    String name = NAMES.get(random.nextInt(NAMES.size()));
    Path file = dir.resolve(folder + name);
    switch (random.nextInt(6)) {
      case 0, 1 -> { // written, new or again, as an editor saves: its own path
        reported.add(write(folder + name, "Headline\n\n" + "Text. ".repeat(random.nextInt(9))));
      }
      case 2 -> { // deleted
        if (Files.isRegularFile(file)) {
          Files.delete(file);
          reported.add(file);
        }
      }
      case 3 -> { // a folder of articles moved in whole: only the folder is reported
        Path batch = elsewhere.resolve("batch" + random.nextInt(1000));
        Files.createDirectories(batch.resolve("inner"));
        Files.writeString(batch.resolve("x.md"), "Moved\n\nIn.\n");
        Files.writeString(batch.resolve("inner/y.txt"), "Moved\n\nIn too.\n");
        Files.writeString(batch.resolve("inner/z.swp"), "swap");
        Path target = dir.resolve(folder + "moved" + random.nextInt(3));
        if (!Files.exists(target)) {
          makeFolders(target.getParent());
          Files.move(batch, target);
          reported.add(target);
        }
      }
      case 4 -> { // a folder deleted: it and, as inotify does, its files
        Path gone = dir.resolve(folder.isEmpty() ? "uk/" : folder);
        if (Files.isDirectory(gone)) {
          try (Stream<Path> all = Files.walk(gone)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(p);
              if (random.nextBoolean() || p.equals(gone)) {
                reported.add(p);
              }
            }
          }
        }
      }
      default -> { // a change outside the folder: nothing of the scan's
        reported.add(elsewhere.resolve("templates/article.mustache"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomChangesReportedByPathGiveTheScanAFreshOneGives(long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < 12; i++) {
      change(random);
    }
    WatchedScan watched = new WatchedScan();
    assertThat(watched.scan(dir)).isEqualTo(ArticleScanner.scan(dir));
    reported.clear();
    for (int step = 0; step < 40; step++) {
      int changes = 1 + random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        change(random);
      }
      watched.changed(reported);
      reported.clear();

      ArticleScanner.Scan patched = watched.scan(dir);

      assertThat(patched).as("step %d of seed %d", step, seed)
          .isEqualTo(ArticleScanner.scan(dir));
    }
  }

  @Test
  void onlyWhatIsReportedIsLookedAtAgain() throws IOException {
    write("a.md", "A\n\nOne.\n");
    write("b.md", "B\n\nOne.\n");
    WatchedScan watched = new WatchedScan();
    ArticleScanner.Scan before = watched.scan(dir);
    write("a.md", "A\n\nTwo, longer.\n");
    Path b = write("b.md", "B\n\nTwo, longer.\n");
    watched.changed(List.of(b));

    ArticleScanner.Scan after = watched.scan(dir);

    assertThat(after.stamps().get(0)).isEqualTo(before.stamps().get(0));
    assertThat(after.stamps().get(1)).isNotEqualTo(before.stamps().get(1));
    // The articles folder itself reported (made again, say): everything is looked at.
    watched.changed(List.of(dir));
    assertThat(watched.scan(dir)).isEqualTo(ArticleScanner.scan(dir));
    // So with a folder it is in (where a watcher lost track of events, say).
    write("a.md", "A\n\nThree, longer still.\n");
    watched.changed(List.of(dir.getParent()));
    assertThat(watched.scan(dir)).isEqualTo(ArticleScanner.scan(dir));
  }

  @Test
  void aSkippedFileWhoseNameBeginsWithAnArticlesNameStaysSkipped() throws IOException {
    write("a.md (copy).bak", "A copy");
    write("a.md", "A\n\nOne.\n");
    WatchedScan watched = new WatchedScan();
    watched.scan(dir);
    Files.delete(dir.resolve("a.md"));
    watched.changed(List.of(dir.resolve("a.md")));

    assertThat(watched.scan(dir).skipped()).containsExactly("a.md (copy).bak (editor backup)");
  }

  @Test
  void aFolderWithLinksIsScannedWholeEveryTime() throws IOException {
    Path target = write("a.md", "A\n\nOne.\n");
    Files.createSymbolicLink(dir.resolve("link.md"), target);
    WatchedScan watched = new WatchedScan();
    watched.scan(dir);
    // The link's article is as the file it leads to, whose change is not the link's.
    write("a.md", "A\n\nTwo, longer.\n");
    watched.changed(List.of(dir.resolve("unrelated.md")));

    assertThat(watched.scan(dir)).isEqualTo(ArticleScanner.scan(dir));
  }
}
