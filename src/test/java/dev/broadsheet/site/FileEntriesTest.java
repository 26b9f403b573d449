package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.SourceFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cache's entries by path behave as a map, whichever paths are the build's files. */
class FileEntriesTest {
  private static final Path FOLDER = Path.of("articles");

  /** An entry whose every field is its own, so that a field read back as another shows. */
  static CachedFile entry(long n) {
    ByteBuffer hash = ByteBuffer.allocate(CachedFile.HASH_BYTES).putLong(n + 1).putLong(n + 2);
    ByteBuffer identity =
        ByteBuffer.allocate(BuildCache.IDENTITY_BYTES).putLong(n + 3).putLong(n + 4);
    return new CachedFile(n, n + 5, hash.array(), identity.array(), n + 6, (int) n + 7, n + 8,
        (int) n + 9, n + 10, (int) n + 11);
  }

  private static List<SourceFile> files(int count) {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(new SourceFile(FOLDER, String.format("news/%05d.md", i)));
    }
    return List.copyOf(files);
  }

  /**
   * An entry asked for by a file's number and path is the entry of that path, whether the
   * number is the file's or not (another file's number, out of range, a copy of the path).
   */
  @Test
  void anEntryByNumberIsTheEntryOfItsPath() {
    List<SourceFile> files = files(300);
    FileEntries entries = new FileEntries(new FilePlaces(files));
    for (int i = 0; i < files.size(); i += 2) {
      entries.put(files.get(i).relativePath(), entry(i));
    }
    entries.put("gone/1.md", entry(1000));
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).relativePath();
      assertThat(entries.get(i, path)).as(path).isEqualTo(entries.get(path));
      assertThat(entries.get(i, new String(path))).as(path).isEqualTo(entries.get(path));
      assertThat(entries.get((i + 1) % files.size(), path)).as(path)
          .isEqualTo(entries.get(path));
    }
    assertThat(entries.get(0, "gone/1.md")).isEqualTo(entry(1000));
    assertThat(entries.get(-1, files.get(4).relativePath())).isEqualTo(entry(4));
    assertThat(entries.get(5000, files.get(6).relativePath())).isEqualTo(entry(6));
  }

  /** Random puts, removes and gets, of the files' paths and of others, against a HashMap. */
  @Test
  void behavesAsAMapOfPathsWhetherOrNotAPathIsOneOfTheFiles() {
    for (int count : new int[] {0, 1, 3, 100, 1000}) {
      List<SourceFile> files = files(count);
      FileEntries entries = new FileEntries(new FilePlaces(files));
      Map<String, CachedFile> expected = new HashMap<>();
      Random random = new Random(count);
      for (int step = 0; step < 5000; step++) {
        // A copy of the path, not the file's own string: lookups go by equality.
        String path = random.nextInt(4) == 0 ? "gone/" + random.nextInt(50) + ".md"
            : String.format("news/%05d.md", random.nextInt(Math.max(1, count)));
        switch (random.nextInt(3)) {
          case 0 -> {
            CachedFile e = entry(step);
            assertThat(entries.put(path, e)).isEqualTo(expected.put(path, e));
          }
          case 1 -> assertThat(entries.remove(path)).isEqualTo(expected.remove(path));
          default -> {
            assertThat(entries.get(path)).isEqualTo(expected.get(path));
            assertThat(entries.containsKey(path)).isEqualTo(expected.containsKey(path));
          }
        }
        assertThat(entries.size()).isEqualTo(expected.size());
      }
      assertThat(entries).isEqualTo(expected);
      // The files' entries come first, the others after them, in the same order every time.
      List<String> keys = new ArrayList<>(entries.keySet());
      List<String> ofFiles = keys.stream().filter(k -> k.startsWith("news/")).toList();
      assertThat(keys.subList(0, ofFiles.size())).isEqualTo(ofFiles);
      assertThat(new ArrayList<>(entries.keySet())).isEqualTo(keys);
      assertThat(entries.get(42)).as("not a path").isNull();
    }
  }

  @Test
  void manyThreadsPuttingAndTakingOutTheirOwnFilesLoseNone() {
    List<SourceFile> files = files(20_000);
    FileEntries entries = new FileEntries(new FilePlaces(files));
    IntStream.range(0, files.size()).parallel()
        .forEach(i -> entries.put(files.get(i).relativePath(), entry(i)));
    assertThat(entries).hasSize(files.size());
    IntStream.range(0, files.size()).parallel().filter(i -> i % 3 == 0)
        .forEach(i -> entries.remove(files.get(i).relativePath()));
    assertThat(entries).hasSize(files.size() - (files.size() + 2) / 3);
    for (int i = 0; i < files.size(); i++) {
      CachedFile e = entries.get(files.get(i).relativePath());
      if (i % 3 == 0) {
        assertThat(e).isNull();
      } else {
        assertThat(e).isEqualTo(entry(i));
      }
    }
  }
}
