package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
        assertThat(left).singleElement().satisfies(p -> {
          assertThat(p.getFileName().toString())
              .startsWith(Spill.FOLDER + ProcessHandle.current().pid() + "-");
          // The postings hold the articles' words: for this user's eyes alone.
          if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                .isEqualTo("rwx------");
          }
        });
      }
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * Postings appended from many threads at once, in records small and larger than a thread's
   * buffer for a bucket, are read back exactly: each posting once, under its term.
   */
  @Test
  void everyPostingAppendedFromManyThreadsIsReadBackOnce() {
    Map<Integer, Map<String, List<String>>> expected = new ConcurrentHashMap<>();
    try (Spill spill = new Spill(tmp)) {
      IntStream.range(0, 200).parallel().forEach(slot -> {
        Random random = new Random(slot);
        for (int bucket = 0; bucket < Spill.BUCKETS; bucket += 1 + random.nextInt(3)) {
          // Now and then a record larger than a buffer.
          int terms = random.nextInt(100) == 0 ? Spill.BUFFER / 8 : random.nextInt(6);
          ByteArrayOutputStream entries = new ByteArrayOutputStream();
          for (int t = 0; t < terms; t++) {
            String term = termIn(bucket, random);
            byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
            int tf = random.nextInt(1 << 20);
            entries.write(bucket);
            entries.write(utf8.length >>> 8);
            entries.write(utf8.length);
            entries.writeBytes(utf8);
            entries.writeBytes(new byte[] {(byte) (tf >>> 24), (byte) (tf >>> 16),
                (byte) (tf >>> 8), (byte) tf});
            expected.computeIfAbsent(bucket, b -> new ConcurrentHashMap<>())
                .computeIfAbsent(term, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(slot + ":" + tf);
          }
          byte[] bytes = entries.toByteArray();
          spill.append(bucket, slot, bytes, 0, bytes.length);
        }
      });
      spill.finishAppends();
      assertThatThrownBy(() -> spill.append(0, 0, new byte[0], 0, 0))
          .isInstanceOf(IllegalStateException.class);
      for (int bucket = 0; bucket < Spill.BUCKETS; bucket++) {
        Map<String, List<String>> read = new TreeMap<>();
        Map<String, Spill.Postings> whole = new TreeMap<>();
        spill.readBucket(bucket, null, Long.MAX_VALUE, whole::putAll);
        whole.forEach((term, postings) -> {
          List<String> list = new ArrayList<>();
          for (int i = 0; i < postings.size; i++) {
            list.add(postings.docs[i] + ":" + postings.tfs[i]);
          }
          read.put(term, list.stream().sorted().toList());
        });
        Map<String, List<String>> want = new TreeMap<>();
        expected.getOrDefault(bucket, Map.of()).forEach((term, list) ->
            want.put(term, list.stream().sorted().toList()));
        assertThat(read).as("bucket %d", bucket).isEqualTo(want);
        // Read a few groups at a time: the same postings, each group whole in one batch, the
        // batches in order and within their size unless a group alone is larger.
        for (long max : new long[] {1, 40, 1_000}) {
          Map<String, List<String>> batched = new TreeMap<>();
          List<String> groupsSeen = new ArrayList<>();
          int b = bucket;
          spill.readBucket(bucket, null, max, batch -> {
            Set<String> groups = new TreeSet<>();
            long postingsInBatch = 0;
            for (Map.Entry<String, Spill.Postings> e : batch.entrySet()) {
              Spill.Postings postings = e.getValue();
              List<String> list = new ArrayList<>();
              for (int i = 0; i < postings.size; i++) {
                list.add(postings.docs[i] + ":" + postings.tfs[i]);
              }
              batched.put(e.getKey(), list.stream().sorted().toList());
              groups.add(e.getKey().substring(0, 2));
              postingsInBatch += postings.size;
            }
            assertThat(groups).as("a batch of bucket %d", b).isNotEmpty();
            assertThat(groupsSeen).doesNotContainAnyElementsOf(groups);
            assertThat(groupsSeen.isEmpty() || groupsSeen.get(groupsSeen.size() - 1)
                .compareTo(groups.iterator().next()) < 0).isTrue();
            groupsSeen.addAll(groups);
            if (groups.size() > 1) {
              assertThat(postingsInBatch).isLessThanOrEqualTo(max);
            }
          });
          assertThat(batched).as("bucket %d in batches of %d", bucket, max).isEqualTo(want);
        }
      }
    }
  }

  /** A random term of two to six characters whose postings go to {@code bucket}. */
  private static String termIn(int bucket, Random random) {
    StringBuilder term = new StringBuilder();
    char first = (char) ('a' + random.nextInt(26));
    // The second character is chosen to put the term in the bucket.
    term.append(first).append((char) ('A' + Math.floorMod(bucket - 31 * first - 'A',
        Spill.BUCKETS)));
    for (int i = random.nextInt(5); i > 0; i--) {
      term.append((char) ('a' + random.nextInt(26)));
    }
    return term.toString();
  }
}
