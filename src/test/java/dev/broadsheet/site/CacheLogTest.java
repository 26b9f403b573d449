package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheLogTest {
  @TempDir
  Path dir;

  private static byte[] entry(int n, int size) {
    byte[] bytes = new byte[size];
    new Random(n).nextBytes(bytes);
    return bytes;
  }

  @Test
  void everyEntryReadsBackAsAppendedWhileAppendsGoOnAndAfterReopening() throws IOException {
    // Sizes around and beyond the megabyte gathered in memory before a write.
    int[] sizes = IntStream.range(0, 300).map(i -> i % 50 == 7 ? (1 << 20) + i : 1 + i * 97)
        .toArray();
    ConcurrentHashMap<Integer, Long> offsets = new ConcurrentHashMap<>();
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      IntStream.range(0, sizes.length).parallel().forEach(i -> {
        try {
          offsets.put(i, log.append(entry(i, sizes[i])));
          // Read at once, before the entry can have been written out.
          assertThat(log.read(offsets.get(i), sizes[i])).isEqualTo(entry(i, sizes[i]));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
    try (CacheLog log = CacheLog.read(dir, "log.bin")) {
      for (int i = 0; i < sizes.length; i++) {
        assertThat(log.read(offsets.get(i), sizes[i])).as("entry %d", i)
            .isEqualTo(entry(i, sizes[i]));
      }
    }
    List<Long> sorted = new ArrayList<>(offsets.values());
    sorted.sort(null);
    assertThat(sorted).doesNotHaveDuplicates();
  }

  @Test
  void entriesAppendedFasterThanTheyAreWrittenAllReachTheFileInOrder() throws IOException {
    // Forty megabytes from four threads with no read between: more buffers fill than the
    // writer keeps in flight, so appends wait for it rather than losing or reordering any.
    int count = 10_000;
    long[] offsets = new long[count];
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      IntStream.range(0, count).parallel().forEach(i -> {
        try {
          offsets[i] = log.append(entry(i, 4000 + i % 7));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
    long total = IntStream.range(0, count).mapToLong(i -> 4000 + i % 7 + CacheLog.FRAMING).sum();
    assertThat(dir.resolve("log.bin")).hasSize(total);
    try (CacheLog log = CacheLog.read(dir, "log.bin")) {
      for (int i = 0; i < count; i++) {
        assertThat(log.read(offsets[i], 4000 + i % 7)).as("entry %d", i)
            .isEqualTo(entry(i, 4000 + i % 7));
      }
    }
  }

  @Test
  void aWriteThatFailsIsReportedByTheNextReadAndAtTheClose() throws IOException {
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      log.append(entry(1, 10));
    }
    // A log opened to be read cannot be written: the writer's failure must not be lost.
    CacheLog log = CacheLog.read(dir, "log.bin");
    long offset = log.append(entry(2, 10));
    assertThatThrownBy(() -> log.read(offset, 10)).isInstanceOf(IOException.class)
        .hasMessageContaining("cannot write the log log.bin");
    assertThatThrownBy(log::close).isInstanceOf(IOException.class);
  }

  /** The parts laid out as {@link EntryParts} reads them: each preceded by its length. */
  private static byte[] joined(byte[]... parts) {
    ByteBuffer buffer = ByteBuffer.allocate(CacheLog.partsLength(parts));
    for (byte[] part : parts) {
      buffer.putInt(part.length).put(part);
    }
    return buffer.array();
  }

  @Test
  void anEntryOfPartsReadsBackAsThePartsJoinedAmongWholeEntriesAndIsCheckedAsOne()
      throws IOException {
    // Parts that fit what waits in memory, and parts that together go beyond its megabyte.
    int[] sizes = IntStream.range(0, 120).map(i -> i % 40 == 3 ? (1 << 19) + i : i * 131)
        .toArray();
    ConcurrentHashMap<Integer, Long> offsets = new ConcurrentHashMap<>();
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      IntStream.range(0, sizes.length).parallel().forEach(i -> {
        try {
          byte[][] parts = {entry(i, sizes[i]), entry(-i, sizes[i] / 3 + (i % 2) * (1 << 19))};
          offsets.put(i, i % 3 == 0 ? log.append(joined(parts)) : log.appendParts(parts));
          assertThat(log.read(offsets.get(i), CacheLog.partsLength(parts))).as("entry %d", i)
              .isEqualTo(joined(parts));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      });
    }
    long damaged = offsets.get(4);
    try (FileChannel file = FileChannel.open(dir.resolve("log.bin"), StandardOpenOption.WRITE)) {
      file.write(ByteBuffer.wrap(new byte[] {42}), damaged + 4 + 4 + 100);
    }
    try (CacheLog log = CacheLog.read(dir, "log.bin")) {
      for (int i = 0; i < sizes.length; i++) {
        byte[][] parts = {entry(i, sizes[i]), entry(-i, sizes[i] / 3 + (i % 2) * (1 << 19))};
        if (i == 4) {
          assertThatThrownBy(() -> log.read(damaged, CacheLog.partsLength(parts)))
              .isInstanceOf(IOException.class).hasMessageContaining("corrupt");
        } else {
          assertThat(log.read(offsets.get(i), CacheLog.partsLength(parts))).as("entry %d", i)
              .isEqualTo(joined(parts));
        }
      }
    }
  }

  @Test
  void entriesReadThroughTheMappedFileAreCheckedAsThoseReadByCalls() throws IOException {
    Random random = new Random(11);
    List<long[]> kept = new ArrayList<>();
    // Windows of 256 bytes: entries fall within one or across two.
    try (CacheLog log = CacheLog.open(dir, "heads.bin", 8)) {
      for (int i = 0; i < 300; i++) {
        int size = random.nextInt(i % 30 == 0 ? 600 : 80);
        long at = log.append(entry(i, size));
        kept.add(new long[] {i, size, at});
        // At once, while it waits in memory; and one appended before, maybe in a shorter window.
        assertThat(log.readMapped(at, size)).isEqualTo(entry(i, size));
        long[] earlier = kept.get(random.nextInt(kept.size()));
        assertThat(log.readMapped(earlier[2], (int) earlier[1])).as("entry %d", earlier[0])
            .isEqualTo(entry((int) earlier[0], (int) earlier[1]));
      }
    }
    long[] damaged = kept.stream().filter(k -> k[1] > 10 && (k[2] & 255) + k[1] + 12 < 256)
        .findFirst().orElseThrow();
    try (FileChannel file = FileChannel.open(dir.resolve("heads.bin"), StandardOpenOption.WRITE)) {
      file.write(ByteBuffer.wrap(new byte[] {(byte) ~entry((int) damaged[0], 10)[5]}),
          damaged[2] + 4 + 5);
    }
    try (CacheLog log = CacheLog.read(dir, "heads.bin")) {
      for (long[] k : kept) {
        if (k == damaged) {
          assertThatThrownBy(() -> log.readMapped(k[2], (int) k[1]))
              .isInstanceOf(IOException.class).hasMessageContaining("corrupt");
        } else {
          assertThat(log.readMapped(k[2], (int) k[1])).as("entry %d", k[0])
              .isEqualTo(entry((int) k[0], (int) k[1]));
        }
      }
      long[] some = kept.stream().filter(k -> k[1] > 0).findFirst().orElseThrow();
      assertThatThrownBy(() -> log.readMapped(some[2], (int) some[1] - 1))
          .isInstanceOf(IOException.class).hasMessageContaining("wrong length");
      long[] last = kept.get(kept.size() - 1);
      assertThatThrownBy(() -> log.readMapped(last[2], (int) last[1] + 1))
          .isInstanceOf(IOException.class).hasMessageContaining("ends early");
      assertThatThrownBy(() -> log.readMapped(-1, 3)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void bytesWithinEntriesReadBackFromMappedWindowsAsTheLogGrowsAndAcrossWindows()
      throws IOException {
    Random random = new Random(7);
    // Windows of 64 bytes: entries fall within one, end one, or span several.
    try (CacheLog log = CacheLog.open(dir, "texts.bin", 6)) {
      List<long[]> kept = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int size = random.nextInt(i % 40 == 0 ? 300 : 60);
        long at = log.append(entry(i, size));
        kept.add(new long[] {i, size, at});
        // Now and then reread an earlier one, the window it is in mapped when it was shorter.
        long[] earlier = kept.get(random.nextInt(kept.size()));
        int from = earlier[1] == 0 ? 0 : random.nextInt((int) earlier[1]);
        int length = (int) earlier[1] - from;
        byte[] expected = new byte[length];
        System.arraycopy(entry((int) earlier[0], (int) earlier[1]), from, expected, 0, length);
        assertThat(log.bytes(earlier[2] + 4 + from, length)).as("entry %d from %d", earlier[0],
            from).isEqualTo(expected);
      }
      for (long[] k : kept) {
        assertThat(log.bytes(k[2] + 4, (int) k[1])).as("entry %d", k[0])
            .isEqualTo(entry((int) k[0], (int) k[1]));
        // Whole entries read back too.
        assertThat(log.read(k[2], (int) k[1])).as("entry %d", k[0])
            .isEqualTo(entry((int) k[0], (int) k[1]));
      }
      long[] last = kept.get(kept.size() - 1);
      long end = last[2] + 12 + last[1];
      assertThatThrownBy(() -> log.bytes(end - 2, 3)).isInstanceOf(IOException.class)
          .hasMessageContaining("ends early");
      assertThatThrownBy(() -> log.read(last[2], (int) last[1] + 1))
          .isInstanceOf(IOException.class).hasMessageContaining("ends early");
      long[] some = kept.stream().filter(k -> k[1] > 0).findFirst().orElseThrow();
      assertThatThrownBy(() -> log.read(some[2], (int) some[1] - 1))
          .isInstanceOf(IOException.class).hasMessageContaining("wrong length");
    }
  }

  @Test
  void anEntryAppendedAfterReopeningGoesAfterTheOthersAndADamagedOneIsRefused()
      throws IOException {
    long first;
    long second;
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      first = log.append(entry(1, 100));
    }
    try (CacheLog log = CacheLog.open(dir, "log.bin")) {
      second = log.append(entry(2, 100));
      assertThat(second).isEqualTo(first + 112);
      assertThat(log.read(first, 100)).isEqualTo(entry(1, 100));
    }
    try (FileChannel file = FileChannel.open(dir.resolve("log.bin"), StandardOpenOption.WRITE)) {
      file.write(ByteBuffer.wrap(new byte[] {42}), second + 50);
    }
    try (CacheLog log = CacheLog.read(dir, "log.bin")) {
      assertThat(log.read(first, 100)).isEqualTo(entry(1, 100));
      assertThatThrownBy(() -> log.read(second, 100)).isInstanceOf(IOException.class)
          .hasMessageContaining("corrupt");
    }
  }
}
