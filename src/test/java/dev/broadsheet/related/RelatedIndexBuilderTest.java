package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
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

  /**
   * Relating again from the state the last build left gives what relating from scratch gives,
   * edit after edit, while many edits relate only some stories afresh.
   */
  @Test
  void relatingFromTheLastStateAfterEditsGivesWhatRelatingFromScratchGives() {
    Random random = new Random(20261130);
    int n = 1_500;
    List<String> texts = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(shortStory(random));
      stories.add(randomStory(random, "s" + i));
    }
    byte[] state = build(texts, stories, null).state();
    int partly = 0;
    for (int round = 0; round < 40; round++) {
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int i = random.nextInt(texts.size());
        switch (random.nextInt(8)) {
          case 0 -> texts.set(i, shortStory(random));
          case 1 -> texts.set(i, "rare" + random.nextInt(3_000) + " "
              + texts.get(i).substring(texts.get(i).indexOf(' ') + 1));
          case 2 -> texts.set(i, texts.get(i).substring(0, texts.get(i).lastIndexOf(' ')));
          case 3 -> stories.set(i, randomStory(random, stories.get(i).key()));
          case 4 -> {
            texts.add(i, shortStory(random));
            stories.add(i, randomStory(random, "new" + round + "-" + edits));
          }
          case 5 -> {
            texts.remove(i);
            stories.remove(i);
          }
          default -> {
            // A story moved among the others, as a new time on the same day moves it.
            int to = random.nextInt(texts.size());
            texts.add(to, texts.remove(i));
            stories.add(to, stories.remove(i));
          }
        }
      }
      Rebuilt rebuilt = build(texts, stories, state);
      assertThat(rebuilt.built().lists()).as("round %d", round)
          .isDeepEqualTo(relate(texts, stories));
      if (rebuilt.built().related() < texts.size() * 3 / 4) {
        partly++;
      }
      state = rebuilt.state();
    }
    // Few stories and words make every story near every other: most edits reach many stories.
    assertThat(partly).as("rounds that related fewer than three in four afresh")
        .isGreaterThanOrEqualTo(20);
  }

  /**
   * A rebuild that keeps the stories whose text is as it was, taking their terms and every
   * word's count of stories from the last state, relates as a build from scratch does and
   * leaves the same state, through edits, stories that go unpublished and come back, too many
   * changes to look up one by one, and damaged states.
   */
  @Test
  void keepingUnchangedStoriesGivesWhatCountingEveryStoryGives() {
    Random random = new Random(20261201);
    // Every story read, by key; those published, in order.
    Map<String, String> read = new LinkedHashMap<>();
    List<Story> published = new ArrayList<>();
    randomArchive(random, 600, read, published);
    List<Story> unpublished = new ArrayList<>();
    Map<String, String> before = new LinkedHashMap<>(read);
    byte[] state = fromScratch(read, published).state();
    for (int round = 0; round < 40; round++) {
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        int i = random.nextInt(published.size());
        String key = published.get(i).key();
        switch (random.nextInt(6)) {
          case 0 -> read.put(key, shortStory(random));
          case 1 -> {
            read.remove(key);
            published.remove(i);
          }
          case 2 -> {
            String added = "new" + round + "-" + edits;
            read.put(added, shortStory(random));
            published.add(i, randomStory(random, added));
          }
          case 3 -> unpublished.add(published.remove(i)); // a draft again, its text as it was
          case 4 -> {
            if (!unpublished.isEmpty()) {
              published.add(i, unpublished.remove(random.nextInt(unpublished.size())));
            }
          }
          default -> published.add(random.nextInt(published.size()), published.remove(i));
        }
      }
      RelatedIndexBuilder builder = new RelatedIndexBuilder();
      for (Story story : published) {
        String text = read.get(story.key());
        if (text.equals(before.get(story.key()))) {
          builder.keep(story.key());
        } else {
          builder.add(story.key(), text);
        }
      }
      if (round % 10 == 9) {
        builder.recount();
      }
      before.forEach((key, text) -> {
        if (!text.equals(read.get(key))) {
          builder.forget(key, Optional.of(WordCounts.of(text)));
        }
      });
      byte[] given = state.clone();
      if (round % 10 == 4) {
        given[random.nextInt(given.length)] ^= 1;
      }
      state = rebuiltAsFromScratch(builder, given, read, published, round).state();
      before = new LinkedHashMap<>(read);
    }
  }

  /**
   * The rebuild after an edit or two to stories that keep their places, related from the last
   * state in one read of it: words no story had before, words no story has after, terms whose
   * rarity moves a step, a story retagged or redated as well as reworded. Each round's lists
   * and state are what relating from scratch gives, and not every story is related afresh.
   */
  @Test
  void rewordingStoriesInPlaceGivesWhatRelatingFromScratchGives() {
    Random random = new Random(20261206);
    Map<String, String> read = new LinkedHashMap<>();
    List<Story> published = new ArrayList<>();
    randomArchive(random, 400, read, published);
    byte[] state = fromScratch(read, published).state();
    int keptLists = 0;
    for (int round = 0; round < 60; round++) {
      Map<String, String> before = new LinkedHashMap<>(read);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int i = random.nextInt(published.size());
        String key = published.get(i).key();
        String text = switch (random.nextInt(4)) {
          case 0 -> shortStory(random) + " brandnew" + round + "x" + edits;
          case 1 -> read.get(key).replaceAll("rare\\d+", "common7");
          default -> shortStory(random);
        };
        read.put(key, text);
        if (random.nextInt(5) == 0) {
          published.set(i, randomStory(random, key));
        }
      }
      RelatedIndexBuilder builder = new RelatedIndexBuilder();
      for (Story story : published) {
        String text = read.get(story.key());
        if (text.equals(before.get(story.key()))) {
          builder.keep(story.key());
        } else {
          builder.add(story.key(), text);
          builder.forget(story.key(), Optional.of(WordCounts.of(before.get(story.key()))));
        }
      }
      Rebuilt rebuilt = rebuiltAsFromScratch(builder, state, read, published, round);
      keptLists += published.size() - rebuilt.built().related();
      state = rebuilt.state();
    }
    assertThat(keptLists).as("lists kept as last time").isGreaterThan(60 * 400 / 10);
  }

  /**
   * A rebuild whose changed stories kept their words (digits added: a number is not a word),
   * every story its section, tags, day and place, takes the last lists and state whole, and
   * they are what relating from scratch gives. A story retagged, redated, moved, gone or
   * reworded, or a damaged state, and they are not taken whole, and are still right.
   */
  @Test
  void aRebuildThatChangedNoStorysWordsOrPlaceTakesTheLastListsAndStateWhole() {
    Random random = new Random(20261202);
    Map<String, String> before = new LinkedHashMap<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      before.put("s" + i, shortStory(random));
      stories.add(i == 7 ? new Story("s7", "section1", List.of("tag1", "tag2"), 17_100)
          : randomStory(random, "s" + i));
    }
    Rebuilt first = fromScratch(before, stories);
    Map<String, String> renumbered = new LinkedHashMap<>(before);
    for (String key : List.of("s3", "s150", "s299")) {
      renumbered.put(key, before.get(key) + " 2026 " + random.nextInt(1000));
    }
    Rebuilt same = rebuilt(before, renumbered, stories, first.state());
    assertThat(same.built().asBefore()).as("taken whole").isTrue();
    assertThat(same.built().related()).isZero();
    assertThat(same.built().lists()).isDeepEqualTo(first.built().lists());
    assertThat(same.state()).isEqualTo(first.state());

    Story seventh = stories.get(7);
    List<Story> retagged = new ArrayList<>(stories);
    retagged.set(7, new Story(seventh.key(), seventh.section(), List.of("tag1", "tag9"),
        seventh.epochDay()));
    List<Story> resectioned = new ArrayList<>(stories);
    resectioned.set(7, new Story(seventh.key(), "section2", seventh.tags(),
        seventh.epochDay()));
    List<Story> redated = new ArrayList<>(stories);
    redated.set(7, new Story(seventh.key(), seventh.section(), seventh.tags(), 16_000));
    List<Story> moved = new ArrayList<>(stories);
    moved.add(moved.remove(7));
    List<Story> gone = new ArrayList<>(stories);
    gone.remove(7);
    Map<String, String> reworded = new LinkedHashMap<>(renumbered);
    reworded.put("s150", before.get("s150") + " harbour");
    byte[] damaged = first.state().clone();
    damaged[damaged.length - 40] ^= 4;
    record Case(String name, Map<String, String> texts, List<Story> stories, byte[] state) {}
    for (Case c : List.of(new Case("retagged", renumbered, retagged, first.state()),
        new Case("resectioned", renumbered, resectioned, first.state()),
        new Case("redated", renumbered, redated, first.state()),
        new Case("moved", renumbered, moved, first.state()),
        new Case("gone", renumbered, gone, first.state()),
        new Case("reworded", reworded, stories, first.state()),
        new Case("damaged state", renumbered, stories, damaged))) {
      Rebuilt rebuilt = rebuilt(before, c.texts(), c.stories(), c.state());
      Rebuilt scratch = fromScratch(c.texts(), c.stories());
      assertThat(rebuilt.built().asBefore()).as(c.name()).isFalse();
      assertThat(rebuilt.built().lists()).as(c.name()).isDeepEqualTo(scratch.built().lists());
      assertThat(rebuilt.state()).as(c.name()).isEqualTo(scratch.state());
    }
  }

  /**
   * Relates {@code published} again from the {@code state} a build left when every story had
   * its text in {@code before}: a story whose text is as it was is kept, any other added, and
   * the last build's stories whose text changed or went are forgotten.
   */
  private static Rebuilt rebuilt(Map<String, String> before, Map<String, String> now,
      List<Story> published, byte[] state) {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (Story story : published) {
      String text = now.get(story.key());
      if (text.equals(before.get(story.key()))) {
        builder.keep(story.key());
      } else {
        builder.add(story.key(), text);
      }
    }
    before.forEach((key, text) -> {
      if (!text.equals(now.get(key))) {
        builder.forget(key, Optional.of(WordCounts.of(text)));
      }
    });
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    RelatedIndexBuilder.Built built = builder.build(published, 5, lastBuild(state, now::get),
        next);
    return new Rebuilt(built, next.toByteArray());
  }

  /** Relates {@code published} from scratch, each story's text read from {@code texts}. */
  /** Adds {@code n} random stories, keyed s0, s1, ..., to {@code read} and {@code published}. */
  private static void randomArchive(Random random, int n, Map<String, String> read,
      List<Story> published) {
    for (int i = 0; i < n; i++) {
      read.put("s" + i, shortStory(random));
      published.add(randomStory(random, "s" + i));
    }
  }

  /**
   * Builds {@code builder} from the last build's {@code state}, and checks that its lists and
   * the state it leaves are what relating {@code read}'s stories from scratch gives.
   */
  private static Rebuilt rebuiltAsFromScratch(RelatedIndexBuilder builder, byte[] state,
      Map<String, String> read, List<Story> published, int round) {
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    RelatedIndexBuilder.Built built = builder.build(published, 5, lastBuild(state, read::get),
        next);
    Rebuilt scratch = fromScratch(read, published);
    assertThat(built.lists()).as("round %d", round).isDeepEqualTo(scratch.built().lists());
    assertThat(next.toByteArray()).as("state after round %d", round)
        .isEqualTo(scratch.state());
    return new Rebuilt(built, next.toByteArray());
  }

  private static Rebuilt fromScratch(Map<String, String> texts, List<Story> published) {
    return build(published.stream().map(s -> texts.get(s.key())).toList(), published, null);
  }

  /**
   * Edits that change the list of a term another story looks for candidates by, though that
   * story's own vector is as it was (the term's count stays within one step of its weight): a
   * list with room for every story, which the edited story drops out of; a full list it falls
   * off; a term left to one story, which is then not looked by. Each changes s0's related list,
   * so s0 must be related afresh.
   */
  @Test
  void aStoryIsRelatedAfreshWhenAnEditChangesTheListOfATermItLooksBy() {
    // s0's vector is zeta alone, weight 1 however rare zeta is; s1 drops zeta, leaving it to s0.
    assertRelatesAsFromScratch(List.of("zeta", "zeta delta"), stories(22), 1, "delta",
        new int[] {1}, new int[] {});
    // zeta is in 12 stories, then 11: s2, weakest on its list but sharing s0's tags, drops it.
    List<String> zeta = new ArrayList<>(List.of("zeta alpha", "zeta beta",
        "zeta gamma delta epsilon eta theta iota kappa"));
    for (int i = 3; i < 12; i++) {
      zeta.add("zeta " + words("word" + i, 6));
    }
    List<Story> tagged = new ArrayList<>(stories(zeta.size() + 20));
    for (int s : new int[] {0, 2}) {
      tagged.set(s, new Story("s" + s, "", List.of("a", "b", "c"), Story.UNDATED));
    }
    assertRelatesAsFromScratch(zeta, tagged, 2, "gamma delta epsilon eta theta iota kappa",
        new int[] {2, 1, 3, 4, 5}, new int[] {1, 3, 4, 5, 6});
    // omega is in 72 stories, then 71, so its list is full; s1, strongest on it, drops it.
    List<String> omega = new ArrayList<>(List.of("omega first second third", "omega cee"));
    for (int i = 2; i < 72; i++) {
      omega.add("omega " + words("word" + i, 3));
    }
    assertRelatesAsFromScratch(omega, stories(omega.size() + 20), 1, "cee dee",
        new int[] {1, 2, 3, 4, 5}, new int[] {2, 3, 4, 5, 6});
  }

  /**
   * Equally similar stories are ordered by position; a story that moves past them (a new time
   * on the same day) takes its new place among them, though nothing else about it changed.
   */
  @Test
  void aStoryMovedAmongEquallySimilarOnesTakesItsNewPlace() {
    List<String> texts = new ArrayList<>(List.of(SPY, SPY_AGAIN, SPY_AGAIN, SPY_AGAIN));
    List<Story> stories = new ArrayList<>(stories(4));
    Rebuilt first = build(texts, stories, null);
    assertThat(first.built().lists()[0]).containsExactly(1, 2, 3);
    texts.add(1, texts.remove(3));
    stories.add(1, stories.remove(3));
    Rebuilt second = build(texts, stories, first.state());
    assertThat(second.built().lists()).isDeepEqualTo(relate(texts, stories));
    assertThat(second.built().lists()[0]).containsExactly(1, 2, 3);
  }

  /**
   * A story that goes can change another's list though it was not on it: it was a candidate,
   * and its going lets in one that the boosts put first.
   */
  @Test
  void aStoryThatGoesMakesRoomAmongTheCandidatesOfAnother() {
    List<String> texts = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 72; i++) {
      texts.add("omega omega omega word" + i);
      stories.add(i == 0 || i == 49
          ? new Story("s" + i, "world", List.of("a", "b", "c"), 17_000)
          : new Story("s" + i, "", List.of(), Story.UNDATED));
    }
    for (int i = 0; i < 20; i++) {
      texts.add("pair" + i / 2 + " pair" + i / 2 + " other" + i);
      stories.add(new Story("f" + i, "", List.of(), Story.UNDATED));
    }
    // s0's candidates are the 48 stories after it, all as similar; s49, boosted, is next.
    assertThat(relateOne(texts, stories, null).lists()[0]).containsExactly(1);
    byte[] state = stateOf(texts, stories);
    texts.remove(48);
    stories.remove(48);
    RelatedIndexBuilder.Built after = relateOne(texts, stories, state);
    assertThat(after.lists()).isDeepEqualTo(relateOne(texts, stories, null).lists());
    assertThat(after.lists()[0]).as("s49, now at 48").containsExactly(48);
    assertThat(after.related()).as("stories related afresh, not the pairs").isEqualTo(71);
  }

  /**
   * A story that goes, weaker on a common term than every story its full list keeps, was no
   * one's candidate by that term: no story is related afresh for it. Deleting one article of a
   * large archive must not relate every story that shares a common word with it.
   */
  @Test
  void aStoryThatGoesFromBelowAFullListRelatesNoOneAfresh() {
    List<String> texts = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      texts.add("omega only" + i);
      stories.add(new Story("s" + i, "", List.of(), Story.UNDATED));
    }
    // Six words of its own make omega a small part of this story's vector.
    assertThat(relatedAfreshAfterRemoving(texts, stories, "omega " + words("own", 6)))
        .as("stories related afresh").isZero();
    // One as strong as the others may have been on the list: those looking by omega are
    // related afresh.
    assertThat(relatedAfreshAfterRemoving(texts, stories, "omega gone"))
        .as("stories related afresh").isEqualTo(80);
  }

  /**
   * Builds {@code stories} with one more story of {@code text} among them, then again without
   * it from that build's state; checks the lists are as relating from scratch gives them.
   *
   * @return how many stories the second build related afresh
   */
  private static int relatedAfreshAfterRemoving(List<String> texts, List<Story> stories,
      String text) {
    List<String> withText = new ArrayList<>(texts);
    List<Story> withStory = new ArrayList<>(stories);
    withText.add(texts.size() / 2, text);
    withStory.add(stories.size() / 2, new Story("going", "", List.of(), Story.UNDATED));
    Rebuilt after = build(texts, stories, build(withText, withStory, null).state());
    assertThat(after.built().lists()).isDeepEqualTo(relate(texts, stories));
    return after.built().related();
  }

  private static RelatedIndexBuilder.Built relateOne(List<String> texts, List<Story> stories,
      byte[] previous) {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(stories.get(i).key(), texts.get(i));
    }
    return builder.build(stories, 1, lastBuild(previous, key -> null), null);
  }

  private static byte[] stateOf(List<String> texts, List<Story> stories) {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(stories.get(i).key(), texts.get(i));
    }
    ByteArrayOutputStream state = new ByteArrayOutputStream();
    builder.build(stories, 1, lastBuild(null, key -> null), state);
    return state.toByteArray();
  }

  private static String words(String stem, int count) {
    return String.join(" ", IntStream.range(0, count).mapToObj(i -> stem + "x" + i).toList());
  }

  /**
   * Builds {@code texts} and twenty unrelated stories, then again with story {@code edited}
   * rewritten, from the first build's state; checks that s0's list is {@code before}, then
   * {@code after}, as relating from scratch gives, and that not every story was related afresh.
   */
  private static void assertRelatesAsFromScratch(List<String> texts, List<Story> stories,
      int edited, String rewritten, int[] before, int[] after) {
    List<String> all = new ArrayList<>(texts);
    for (int i = 0; i < 20; i++) {
      all.add("filler" + i + " other" + i);
    }
    Rebuilt first = build(all, stories, null);
    assertThat(first.built().lists()[0]).as("s0 before").containsExactly(before);
    all.set(edited, rewritten);
    Rebuilt second = build(all, stories, first.state());
    assertThat(second.built().lists()).isDeepEqualTo(relate(all, stories));
    assertThat(second.built().lists()[0]).as("s0 after").containsExactly(after);
    assertThat(second.built().related()).as("stories related afresh").isLessThan(all.size());
  }

  /**
   * A state with any bit flipped, cut short, or written for other settings is not used: every
   * story is related afresh.
   */
  @Test
  void aDamagedOrForeignStateRelatesEveryStoryAfresh() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add(shortStory(random));
      // Keys longer than the state's buffers, now and then.
      stories.add(randomStory(random, (i % 50 == 0 ? "k".repeat(70_000) : "s") + i));
    }
    int[][] expected = relate(texts, stories);
    byte[] state = build(texts, stories, null).state();
    Rebuilt again = build(texts, stories, state);
    assertThat(again.built().related()).as("related afresh from a sound state").isZero();
    assertThat(again.built().lists()).isDeepEqualTo(expected);
    assertThat(again.state()).isEqualTo(state);
    for (int round = 0; round < 40; round++) {
      byte[] damaged = round == 0 ? Arrays.copyOf(state, state.length - 3) : state.clone();
      if (round > 0) {
        damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
      }
      Rebuilt rebuilt = build(texts, stories, damaged);
      assertThat(rebuilt.built().related()).as("round %d", round).isEqualTo(300);
      assertThat(rebuilt.built().lists()).isDeepEqualTo(expected);
    }
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(stories.get(i).key(), texts.get(i));
    }
    RelatedIndexBuilder.Built fewer = builder.build(stories, 4, lastBuild(state, key -> null),
        null);
    assertThat(fewer.related()).as("a state for lists of five, asked for four").isEqualTo(300);
  }

  private record Rebuilt(RelatedIndexBuilder.Built built, byte[] state) {}

  private static Rebuilt build(List<String> texts, List<Story> stories, byte[] previous) {
    RelatedIndexBuilder builder = new RelatedIndexBuilder();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(stories.get(i).key(), texts.get(i));
    }
    ByteArrayOutputStream next = new ByteArrayOutputStream();
    RelatedIndexBuilder.Built built = builder.build(stories, 5, lastBuild(previous, key -> null),
        next);
    return new Rebuilt(built, next.toByteArray());
  }

  /** A last build that left {@code state} (none if null), whose stories had the given texts. */
  private static LastBuild lastBuild(byte[] state, Function<String, String> texts) {
    return new LastBuild() {
      @Override
      public Optional<InputStream> state() {
        return Optional.ofNullable(state).map(ByteArrayInputStream::new);
      }

      @Override
      public Optional<WordCounts> words(String key) {
        return Optional.ofNullable(texts.apply(key)).map(WordCounts::of);
      }
    };
  }

  /**
   * Thirty words: words of a topic, words so common that their postings are capped, words of a
   * few stories and words of one, so that edits move terms across every boundary the state must
   * notice.
   */
  private static String shortStory(Random random) {
    int topic = random.nextInt(100);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 30; w++) {
      int kind = random.nextInt(10);
      if (kind < 2) {
        text.append("topic").append(topic).append("x").append(random.nextInt(10));
      } else if (kind < 3) {
        text.append("very").append(random.nextInt(20));
      } else if (kind < 6) {
        text.append("common").append(random.nextInt(2_000));
      } else {
        text.append("rare").append(random.nextInt(20_000));
      }
      text.append(' ');
    }
    return text.toString().trim();
  }

  private static Story randomStory(Random random, String key) {
    List<String> tags = new ArrayList<>();
    for (int t = random.nextInt(4); t > 0; t--) {
      tags.add("tag" + random.nextInt(8));
    }
    return new Story(key, random.nextInt(3) == 0 ? "" : "section" + random.nextInt(4), tags,
        random.nextInt(5) == 0 ? Story.UNDATED : 17_000 + random.nextInt(400));
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
