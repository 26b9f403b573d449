package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.content.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A manifest read back gives each of the build's files the entry the last build left for its
 * path, however its paths and the files compare: some gone since, some new, in another order.
 */
class ManifestTest {
  @Test
  void eachFileGetsTheEntryOfItsPathWhateverTheManifestsOrder() {
    Random random = new Random(11);
    // Paths whose order is not their folders' ("a-b/" before "a/"), as the scan sorts them.
    TreeSet<String> all = new TreeSet<>();
    while (all.size() < 400) {
      all.add((random.nextBoolean() ? "a" : "a-b") + "/" + random.nextInt(10_000) + ".md");
    }
    List<String> paths = new ArrayList<>(all);
    List<String> files = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      // A third only in the build (new), a third only in the manifest (gone), a third in both.
      if (i % 3 != 1) {
        files.add(paths.get(i));
      }
      if (i % 3 != 0) {
        listed.add(new String(paths.get(i)));
      }
    }
    List<SourceFile> scanned = files.stream().map(p -> new SourceFile(Path.of("articles"), p))
        .toList();
    for (boolean shuffled : new boolean[] {false, true}) {
      if (shuffled) {
        Collections.shuffle(listed, random);
      }
      CachedFile[] entries = new CachedFile[listed.size()];
      for (int i = 0; i < entries.length; i++) {
        entries[i] = FileEntriesTest.entry(paths.indexOf(listed.get(i)));
      }
      Manifest m = new Manifest.Stored("in", "out", "log", 0, "table",
          listed.toArray(String[]::new), entries, FileTable.EMPTY, null)
          .matched(new FilePlaces(scanned));
      assertThat(m.sources()).as("shuffled %s", shuffled).hasSize(listed.size());
      for (int i = 0; i < paths.size(); i++) {
        String path = paths.get(i);
        CachedFile expected = i % 3 != 0 ? FileEntriesTest.entry(i) : null;
        assertThat(m.sources().get(path)).as(path).isEqualTo(expected);
        int number = files.indexOf(path);
        if (number >= 0) {
          assertThat(m.sources().get(number, scanned.get(number).relativePath())).as(path)
              .isEqualTo(expected);
        }
      }
    }
  }
}
