package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentGroupsTest {
  @TempDir
  Path temp;

  private static final List<SearchDocument> DOCS = SearchClientTest.synthetic(10);

  /** Every group's fragment, its parts held in a shuffled order from two threads. */
  private List<byte[]> fragments(long budget) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, DOCS.size()).boxed().toList());
    Collections.shuffle(order, new Random(7));
    try (FragmentGroups groups = new FragmentGroups(DOCS.size(), 3000, budget, temp)) {
      order.parallelStream().forEach(p -> groups.hold(p, DOCS.get(p)));
      return IntStream.range(0, groups.count()).mapToObj(g -> groups.fragment(g, p -> {
        throw new AssertionError("part " + p + " not held");
      })).toList();
    }
  }

  @Test
  void fourArticlesToAFragmentCountedFromTheOldestTheLastGroupShort() throws Exception {
    List<byte[]> fragments = fragments(Long.MAX_VALUE);
    assertThat(fragments).hasSize(3);
    // Position 9 is the oldest article: id 0, the first of group 0.
    JsonNode first = SearchIndexBuilderTest.arguments(fragments.get(0));
    assertThat(first.get(0).asInt()).isZero();
    assertThat(first.get(1)).hasSize(4);
    assertThat(first.get(1).get(0).get("h").asText()).isEqualTo(DOCS.get(9).headline());
    assertThat(first.get(1).get(3).get("u").asText()).isEqualTo(DOCS.get(6).path());
    JsonNode last = SearchIndexBuilderTest.arguments(fragments.get(2));
    assertThat(last.get(0).asInt()).isEqualTo(2);
    assertThat(last.get(1)).hasSize(2);
    assertThat(last.get(1).get(1).get("h").asText()).isEqualTo(DOCS.get(0).headline());
    try (FragmentGroups groups = new FragmentGroups(DOCS.size(), 3000, 0, temp)) {
      assertThat(groups.positions(2)).containsExactly(1, 0);
      assertThat(groups.group(0)).isEqualTo(2);
      assertThat(groups.path(2)).isEqualTo("search/d/0/2.js");
    }
    try (FragmentGroups many = new FragmentGroups(4_001, 3000, 0, temp)) {
      assertThat(many.path(many.group(0))).isEqualTo("search/d/1/1000.js");
    }
  }

  @Test
  void partsBeyondTheMemoryBudgetWaitInATemporaryFileAndMakeTheSameFragments()
      throws IOException {
    List<byte[]> inMemory = fragments(Long.MAX_VALUE);
    List<byte[]> spilled = fragments(0);
    List<byte[]> someOfEach = fragments(7_000);
    for (int g = 0; g < inMemory.size(); g++) {
      assertThat(spilled.get(g)).isEqualTo(inMemory.get(g));
      assertThat(someOfEach.get(g)).isEqualTo(inMemory.get(g));
    }
    // The temporary folder goes when the groups are closed.
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void partsOnDiskInManyRangesMakeTheSameFragmentsWhateverTheOrderTheyAreAskedIn()
      throws IOException {
    // 5,001 articles: parts on disk fall in several ranges of ids (1,024 or more each), the
    // last group short; held in a shuffled order from two threads.
    List<SearchDocument> docs = SearchClientTest.synthetic(5_001);
    List<Integer> order = new ArrayList<>(IntStream.range(0, docs.size()).boxed().toList());
    Collections.shuffle(order, new Random(11));
    List<byte[]> expected = new ArrayList<>();
    try (FragmentGroups groups = new FragmentGroups(docs.size(), 3000, Long.MAX_VALUE, temp)) {
      order.forEach(p -> groups.hold(p, docs.get(p)));
      for (int g = 0; g < groups.count(); g++) {
        expected.add(groups.fragment(g, p -> {
          throw new AssertionError("part " + p + " not held");
        }));
      }
    }
    for (long budget : new long[] {0, 400_000}) {
      try (FragmentGroups groups = new FragmentGroups(docs.size(), 3000, budget, temp)) {
        byte[][] made = new byte[groups.count()][];
        order.parallelStream().forEach(p -> {
          byte[] fragment = groups.holdAndComplete(p, docs.get(p));
          if (fragment != null) {
            made[groups.group(p)] = fragment;
          }
        });
        // Those whose parts were all in memory were made as the last came; the others now,
        // in a scrambled order, so that ranges are read back more than once.
        List<Integer> rest = new ArrayList<>(IntStream.range(0, made.length)
            .filter(g -> made[g] == null).boxed().toList());
        if (budget == 0) {
          assertThat(rest).hasSize(made.length);
        }
        Collections.shuffle(rest, new Random(13));
        rest.parallelStream().forEach(g -> made[g] = groups.fragment(g, p -> {
          throw new AssertionError("part " + p + " not held");
        }));
        for (int g = 0; g < made.length; g++) {
          assertThat(made[g]).as("group %d with a budget of %d", g, budget)
              .isEqualTo(expected.get(g));
        }
      }
      try (Stream<Path> left = Files.list(temp)) {
        assertThat(left).isEmpty();
      }
    }
  }

  @Test
  void aPartPutAfterItsRangeWasReadBackIsFoundThere() {
    List<byte[]> whole = fragments(Long.MAX_VALUE);
    try (FragmentGroups groups = new FragmentGroups(DOCS.size(), 3000, 0, temp)) {
      for (int p = 0; p < DOCS.size() - 1; p++) {
        groups.hold(p, DOCS.get(p));
      }
      assertThat(groups.fragment(1, p -> {
        throw new AssertionError("part " + p + " not held");
      })).isEqualTo(whole.get(1));
      // Position 9 is id 0, of group 0, in the range just read back.
      groups.hold(9, DOCS.get(9));
      assertThat(groups.fragment(0, p -> {
        throw new AssertionError("part " + p + " not held");
      })).isEqualTo(whole.get(0));
    }
  }

  @Test
  void aPartLargerThanTheBufferOfTheTemporaryFileIsKeptWhole() throws Exception {
    SearchDocument huge = new SearchDocument("articles/huge.html", "Huge ".repeat(300_000),
        "", "", "", 0, "", "text");
    List<SearchDocument> docs = List.of(DOCS.get(0), huge, DOCS.get(1));
    try (FragmentGroups groups = new FragmentGroups(3, 3000, 0, temp)) {
      for (int p = 0; p < 3; p++) {
        groups.hold(p, docs.get(p));
      }
      JsonNode parts = SearchIndexBuilderTest.arguments(groups.fragment(0, p -> {
        throw new AssertionError("part " + p + " not held");
      })).get(1);
      assertThat(parts.get(1).get("h").asText()).isEqualTo(huge.headline());
      assertThat(parts.get(0).get("h").asText()).isEqualTo(DOCS.get(1).headline());
      assertThat(parts.get(2).get("h").asText()).isEqualTo(DOCS.get(0).headline());
    }
  }

  @Test
  void theTemporaryFolderOfABuildKilledOutrightGoesWithTheNext() throws IOException {
    Path left = Files.createDirectory(temp.resolve(FragmentGroups.FOLDER + "999999999-1"));
    Files.writeString(left.resolve("parts"), "parts of a build killed an hour ago");
    FileTime before = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
    Files.setLastModifiedTime(left.resolve("parts"), before);
    Files.setLastModifiedTime(left, before);
    new FragmentGroups(DOCS.size(), 3000, Long.MAX_VALUE, temp).close();
    assertThat(left).doesNotExist();
  }

  @Test
  void aPartNotHeldIsMadeFromTheArticleAskedFor() {
    List<byte[]> whole = fragments(Long.MAX_VALUE);
    List<Integer> asked = new ArrayList<>();
    try (FragmentGroups groups = new FragmentGroups(DOCS.size(), 3000, 0, temp)) {
      groups.hold(4, DOCS.get(4));
      byte[] fragment = groups.fragment(1, p -> {
        asked.add(p);
        return DOCS.get(p);
      });
      assertThat(fragment).isEqualTo(whole.get(1));
    }
    assertThat(asked).containsExactly(5, 3, 2);
  }
}
