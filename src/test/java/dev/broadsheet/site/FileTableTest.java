package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of a site's files finds every path it was given, and nothing else. */
class FileTableTest {
  private static final String KEY = "0123456789abcdef";

  @TempDir
  Path dir;
  private int written;

  @Test
  void findsEveryFileByItsPathAfterARoundTripThroughAFile() throws IOException {
    Random random = new Random(42);
    FileTable.Builder builder = new FileTable.Builder();
    Map<String, Long> expected = new HashMap<>();
    // Enough files, and paths long enough, to fill several pages of each kind.
    for (int i = 0; i < 60_000; i++) {
      String path = "articles/" + Long.toString(random.nextLong(), 36) + (i % 7 == 0 ? "-é" : "")
          + "/" + "x".repeat(random.nextInt(60)) + ".html";
      expected.put(path, (long) i);
      builder.add(path, i, 1_700_000_000_000L + i, i % 2 == 0 ? KEY : null);
    }
    FileTable table = roundTrip(builder.build());
    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((path, size) -> {
      int file = table.find(path);
      assertThat(file).as(path).isNotNegative();
      assertThat(table.path(file)).isEqualTo(path);
      assertThat(table.fileSize(file)).isEqualTo(size);
      assertThat(table.modified(file)).isEqualTo(1_700_000_000_000L + size);
      assertThat(table.hasKey(file, KEY)).isEqualTo(size % 2 == 0);
    });
    assertThat(table.find("articles/missing.html")).isEqualTo(-1);
    assertThat(table.find("")).isEqualTo(-1);
  }

  @Test
  void aKeyMatchesOnlyItself() {
    FileTable.Builder builder = new FileTable.Builder();
    builder.add("index.html", 1, 2, KEY);
    builder.add("feed.xml", 1, 2, null);
    FileTable table = builder.build();
    assertThat(table.hasKey(table.find("index.html"), KEY)).isTrue();
    assertThat(table.hasKey(table.find("index.html"), "0123456789abcdeF")).isFalse();
    assertThat(table.hasKey(table.find("index.html"), "\u00ff".repeat(16))).isFalse();
    assertThat(table.hasKey(table.find("feed.xml"), "\0".repeat(16))).isFalse();
    assertThat(table.hasKey(table.find("index.html"), "012345678\u0139abcdef")).isFalse();
  }

  @Test
  void aPathWrittenTwiceKeepsWhatWasWrittenLast() {
    FileTable.Builder builder = new FileTable.Builder();
    builder.add("a.html", 1, 10, KEY);
    builder.add("b.html", 2, 20, null);
    builder.add("a.html", 3, 30, null);
    FileTable table = builder.build();
    assertThat(table.size()).isEqualTo(2);
    int a = table.find("a.html");
    assertThat(table.fileSize(a)).isEqualTo(3);
    assertThat(table.hasKey(a, KEY)).isFalse();
    assertThat(table.fileSize(table.find("b.html"))).isEqualTo(2);
  }

  @Test
  void anEmptyTableFindsNothing() throws IOException {
    assertThat(roundTrip(FileTable.EMPTY).size()).isZero();
    assertThat(FileTable.EMPTY.find("index.html")).isEqualTo(-1);
  }

  /** A file with any byte changed, or cut short anywhere, is refused whole. */
  @Test
  void aDamagedFileIsRefused() throws IOException {
    FileTable.Builder builder = new FileTable.Builder();
    for (int i = 0; i < 100; i++) {
      builder.add("articles/" + i + ".html", i, 10L * i, i % 2 == 0 ? KEY : null);
    }
    Path file = dir.resolve("table.bin");
    FileTableFile.write(builder.build(), file);
    byte[] bytes = Files.readAllBytes(file);
    Random random = new Random(11);
    for (int round = 0; round < 50; round++) {
      byte[] damaged = bytes.clone();
      damaged[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      Files.write(file, damaged);
      assertThatThrownBy(() -> FileTableFile.map(file)).isInstanceOf(IOException.class);
      Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
      assertThatThrownBy(() -> FileTableFile.map(file)).isInstanceOf(IOException.class);
    }
    Files.write(file, bytes);
    assertThat(FileTableFile.map(file).size()).isEqualTo(100);
  }

  @Test
  void aTableThatKeepsFilesOfTheLastOneWritesTheBytesOfOneThatListsThemAfresh()
      throws IOException {
    Random random = new Random(7);
    FileTable.Builder first = new FileTable.Builder();
    for (int i = 0; i < 30_000; i++) {
      first.add("articles/" + i + (i % 5 == 0 ? "-é" : "") + ".html", i, 1_000L + i,
          i % 3 == 0 ? KEY : null);
    }
    FileTable last = roundTrip(first.build());
    FileTable.Builder kept = new FileTable.Builder(last);
    FileTable.Builder afresh = new FileTable.Builder();
    for (int i = 0; i < 40_000; i++) {
      String path = "articles/" + i + (i % 5 == 0 ? "-é" : "") + ".html";
      int old = last.find(path);
      String key = random.nextBoolean() ? KEY : null;
      if (old >= 0 && i % 4 == 0) {
        kept.keep(old, key);
        afresh.add(path, last.fileSize(old), last.modified(old), key);
      } else if (old >= 0) {
        kept.add(old, 5_000L + i, 9_000L + i, key);
        afresh.add(path, 5_000L + i, 9_000L + i, key);
      } else {
        kept.add(path, i, 2_000L + i, key);
        afresh.add(path, i, 2_000L + i, key);
      }
    }
    // Written again, a kept file keeps what was written last.
    kept.add(last.find("articles/8.html"), 1, 2, null);
    afresh.add("articles/8.html", 1, 2, null);
    FileTable table = kept.build();
    assertThat(bytes(table)).isEqualTo(bytes(afresh.build()));
    assertThat(table.size()).isEqualTo(40_000);
    assertThat(table.pathBytes()).isEqualTo(roundTrip(table).pathBytes());
    int eight = table.find("articles/8.html");
    assertThat(table.path(eight)).isEqualTo("articles/8.html");
    assertThat(table.fileSize(eight)).isEqualTo(1);
    assertThat(table.path(table.find("articles/10-é.html"))).isEqualTo("articles/10-é.html");
    assertThat(table.find("articles/40000.html")).isEqualTo(-1);
    assertThatThrownBy(() -> new FileTable.Builder(last).keep(30_000, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] bytes(FileTable table) throws IOException {
    Path file = dir.resolve("table-" + written++ + ".bin");
    FileTableFile.write(table, file);
    return Files.readAllBytes(file);
  }

  /**
   * The table as written to a file and mapped back; what the file says its files sum to is
   * what the table said before.
   */
  private FileTable roundTrip(FileTable table) throws IOException {
    Path file = dir.resolve("table-" + written++ + ".bin");
    FileTableFile.write(table, file);
    FileTable read = FileTableFile.map(file);
    assertThat(read.fingerprint()).isEqualTo(table.fingerprint());
    assertThat(read.fingerprint().files()).isEqualTo(table.size());
    assertThat(read.pathBytes()).isEqualTo(table.pathBytes());
    return read;
  }
}
