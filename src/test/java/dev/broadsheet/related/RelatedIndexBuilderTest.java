package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelatedIndexBuilderTest {
  private static final String SPY = "The minister admitted passing classified intelligence about"
      + " the spy network to foreign diplomats, and officials warned allies.";
  private static final String SPY_AGAIN = "Officials said the classified intelligence the"
      + " minister passed to diplomats exposed a spy network; allies are reviewing it.";
  private static final String HARVEST = "Farmers report a record wheat harvest after a mild"
      + " spring, and grain prices fell across the region's markets.";

  @Test
  void storiesOnTheSameSubjectRelateAndOthersDoNot() {
    int[][] related = relate(List.of(SPY, HARVEST, SPY_AGAIN), stories(3));
    assertThat(related[0]).containsExactly(2);
    assertThat(related[2]).containsExactly(0);
    assertThat(related[1]).isEmpty();
  }

  @Test
  void aStoryIsNeverRelatedToItselfAndListsAtMostTheMaximum() {
    List<String> texts = Collections.nCopies(10, SPY);
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add("s" + i, texts.get(i));
    }
    int[][] related = builder.build(stories(10), 3);
    for (int i = 0; i < related.length; i++) {
      assertThat(related[i]).hasSize(3).doesNotContain(i);
    }
  }

  @Test
  void equallySimilarStoriesAreOrderedByPosition() {
    int[][] related = relate(List.of(SPY, SPY_AGAIN, SPY_AGAIN, SPY_AGAIN), stories(4));
    assertThat(related[0]).containsExactly(1, 2, 3);
  }

  @Test
  void sharedTagsSectionAndNearnessInTimeRankACloseCallHigher() {
    List<Story> stories = List.of(
        new Story("s0", "World", List.of("Espionage", "Russia"), 17_000),
        new Story("s1", "", List.of(), Story.UNDATED),
        new Story("s2", "", List.of("espionage", "russia"), Story.UNDATED),
        new Story("s3", "world", List.of(), Story.UNDATED),
        new Story("s4", "", List.of(), 17_001));
    int[][] related = relate(List.of(SPY, SPY_AGAIN, SPY_AGAIN, SPY_AGAIN, SPY_AGAIN), stories);
    assertThat(related[0]).containsExactly(2, 4, 3, 1);
  }

  @Test
  void diacriticsAndCaseAreFoldedAndStopWordsIgnored() {
    int[][] related = relate(List.of("Café Société reopens in Zürich",
        "The cafe societe of Zurich", "The of and in with"), stories(3));
    assertThat(related[0]).containsExactly(1);
    assertThat(related[2]).isEmpty();
  }

  @Test
  void aStoryWhoseTextWasNotAddedRelatesToNothing() {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    builder.add("s0", SPY);
    builder.add("s1", SPY_AGAIN);
    int[][] related = builder.build(stories(3), 5);
    assertThat(related[0]).containsExactly(1);
    assertThat(related[2]).isEmpty();
  }

  @Test
  void addingAStoryTwiceIsAnError() {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    builder.add("s0", SPY);
    assertThatThrownBy(() -> builder.add("s0", SPY)).hasMessageContaining("s0");
  }

  /** The same archive added in any order, from many threads, relates the same way. */
  @Test
  void theResultDependsOnTheStoriesNotOnTheOrderOrThreadsTheyArriveIn() {
    Random random = new Random(20170515);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      texts.add(randomStory(random));
    }
    int[][] expected = relate(texts, stories(texts.size()));
    for (int round = 0; round < 3; round++) {
      List<Integer> order = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
      Collections.shuffle(order, random);
      RelatedIndexBuilder builder = new RelatedIndexBuilder();
      order.parallelStream().forEach(i -> builder.add("s" + i, texts.get(i)));
      assertThat(builder.build(stories(texts.size()), 5)).isDeepEqualTo(expected);
    }
    assertThat(Arrays.stream(expected).filter(r -> r.length == 5).count())
        .as("stories with five related").isGreaterThan(texts.size() / 2);
  }

  /** Stories on one of 50 topics: a few topic words among words common to every story. */
  private static String randomStory(Random random) {
    int topic = random.nextInt(50);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 200; w++) {
      if (random.nextInt(4) == 0) {
        text.append("topic").append(topic).append("x").append(random.nextInt(8));
      } else {
        text.append("common").append(random.nextInt(400));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private static int[][] relate(List<String> texts, List<Story> stories) {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(stories.get(i).key(), texts.get(i));
    }
    return builder.build(stories, 5);
  }

  private static List<Story> stories(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new Story("s" + i, "", List.of(), Story.UNDATED)).toList();
  }
}
