package dev.broadsheet.related;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Collects the text of every story, from many threads at once, keeping only each story's
 * strongest terms and every term's document frequency; {@link #build} then relates them.
 *
 * <p>Memory per story is a few dozen bytes per kept term, never its text, so a million stories
 * fit in a small heap.
 *
 * <p>A rebuild need not count the words of a story that has not changed ({@link #keep}): its
 * terms, and every word's document frequency, come from the state the last build wrote, less
 * the words of its stories that changed or went ({@link #forget}); see {@link KeptStories}.
 */
public final class RelatedIndexBuilder {
  /** Terms kept per story: enough to describe a news story, few enough to stay small. */
  static final int TERMS_PER_STORY = 20;
  /**
   * Words read per story. News is written as an inverted pyramid: the headline and the first
   * paragraphs name the story, so reading on costs time and adds little.
   */
  static final int WORDS_PER_STORY = 250;
  /**
   * More of the last build's stories changed than this, and their old words are not looked up
   * ({@link #forget}): the kept ones are counted again, which costs about what looking up that
   * many would.
   */
  public static final int MAX_FORGOTTEN = 10_000;
  /**
   * Stories added up to this many have their words kept until {@link #build}, to find whether
   * any story's words changed at all (see {@link #build(List, int, LastBuild, OutputStream)}).
   */
  static final int MAX_COMPARED = 1_000;

  /**
   * Each thread counts words in its own vocabulary; {@link #vectors} merges them
   * ({@link TermNumbering}). Kept here rather than in thread-locals, so nothing of them stays
   * with the pool's threads.
   */
  private final Map<Thread, Vocabulary> vocabularies = new ConcurrentHashMap<>();
  /** Each story's terms, by key, until built ({@link #letGo}). */
  private Map<String, StoryTerms> stories;
  /** The stories kept as the last build read them, and what tells their terms. */
  private final KeptStories kept = new KeptStories();
  /** The words of the stories added, while there are at most {@link #MAX_COMPARED}. */
  private final Map<String, WordCounts> added = new ConcurrentHashMap<>();
  private final AtomicInteger addedCount = new AtomicInteger();
  private boolean built;

  public RelatedIndexBuilder() {
    this(16);
  }

  /** For about {@code stories} stories: growing the table under many threads is slow. */
  public RelatedIndexBuilder(int stories) {
    this.stories = new ConcurrentHashMap<>(Math.max(16, stories));
  }

  /**
   * Adds the text of the story known by {@code key}, given in parts read in order (headline,
   * then body, say); thread-safe.
   */
  public void add(String key, CharSequence... parts) {
    add(key, WordCounts.of(parts));
  }

  /**
   * Adds the story known by {@code key}, its words counted already; thread-safe. Its
   * {@link #TERMS_PER_STORY} strongest words describe it; every word counts for the document
   * frequencies.
   */
  public void add(String key, WordCounts words) {
    if (stories.putIfAbsent(key, counted(words)) != null) {
      throw new IllegalArgumentException("story added twice: " + key);
    }
    if (addedCount.incrementAndGet() <= MAX_COMPARED) {
      added.put(key, words);
    }
  }

  /**
   * Adds the story known by {@code key} as the last build had it, its words unchanged: its terms
   * come from that build's state ({@link #build(List, int, LastBuild, OutputStream)}), or if they
   * cannot, its words from {@link LastBuild#words}. Thread-safe.
   */
  public void keep(String key) {
    if (stories.putIfAbsent(key, KeptStories.KEPT) != null) {
      throw new IllegalArgumentException("story added twice: " + key);
    }
    kept.keep();
  }

  /**
   * Says that the story known by {@code key} in the last build changed, went, or is not
   * published now, and what its words were then; empty if they cannot be found. Stories the
   * last build did not relate may be named too. Thread-safe.
   */
  public void forget(String key, Optional<WordCounts> words) {
    kept.forget(key, words);
  }

  /**
   * Says that too many of the last build's stories changed to {@link #forget} each: the words
   * of the stories kept are counted again instead.
   */
  public void recount() {
    kept.recount();
  }

  /** {@code words} counted in this thread's vocabulary, its strongest as the story's terms. */
  private StoryTerms counted(WordCounts words) {
    int n = Math.min(TERMS_PER_STORY, words.size());
    int[] terms = new int[n];
    Vocabulary v = vocabularies.computeIfAbsent(Thread.currentThread(), t -> new Vocabulary());
    byte[] bytes = words.bytes();
    for (int i = 0; i < words.size(); i++) {
      int id = v.count(bytes, words.start(i), words.length(i));
      if (i < n) {
        if (id > StoryTerms.MAX_ID || words.count(i) > StoryTerms.MAX_FREQUENCY) {
          throw new IllegalStateException("related stories: word " + id + " counted "
              + words.count(i) + " times does not fit");
        }
        terms[i] = StoryTerms.packed(id, words.count(i));
      }
    }
    return new StoryTerms(v, terms);
  }

  /**
   * Relates the given stories to each other; once, as it lets go of what was added.
   *
   * @param order the stories, in the order the result is indexed by; stories whose text was not
   *              added have no terms and relate to nothing
   * @param max   how many related stories to list at most for each
   * @return for each story of {@code order}, the positions of its related stories, best first
   */
  public int[][] build(List<Story> order, int max) {
    return build(order, max, null, null).lists();
  }

  /**
   * What {@link #build(List, int, LastBuild, OutputStream)} found.
   *
   * @param lists    for each story, the positions of its related stories, best first
   * @param related  how many stories were related afresh rather than taken from last time
   * @param asBefore whether every story's words, boost inputs and place were as last time, so
   *                 that the lists and the state were taken whole from there
   * @param state    the state for the next build, to be written ({@link #writeState})
   */
  public record Built(int[][] lists, int related, boolean asBefore, State state) {
    /**
     * Writes the state the next build relates from to {@code next}; not closed.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    public void writeState(OutputStream next) {
      if (state == null) {
        throw new IllegalStateException("the state was let go");
      }
      try {
        state.writeTo(next);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the related-stories state", e);
      }
    }

    /**
     * The same lists without the state, which holds every story's vector: a million stories'
     * are a few hundred megabytes, not to be held once written.
     */
    public Built withoutState() {
      return new Built(lists, related, asBefore, null);
    }
  }

  /**
   * The state a build leaves for the next, written when asked: the lists are what the pages
   * need, and writing the state (0.1 s at 100,000 stories) can wait for them to be made.
   */
  @FunctionalInterface
  public interface State {
    void writeTo(OutputStream next) throws IOException;
  }

  /**
   * As {@link #build(List, int)}, taking what it can from the state an earlier build wrote.
   *
   * @param earlier where that state is, or {@code null}; when it is damaged or was made for
   *                other stories, every story is related afresh
   * @param next    where to write the state for the next build, or {@code null}
   * @throws UncheckedIOException  when {@code next} cannot be written
   * @throws IllegalStateException when a kept story's words cannot be found
   */
  public Built build(List<Story> order, int max, LastBuild earlier, OutputStream next) {
    Built b = build(order, max, earlier);
    if (next != null) {
      b.writeState(next);
    }
    return b;
  }

  /**
   * As {@link #build(List, int, LastBuild, OutputStream)}, the state for the next build left to
   * be written ({@link Built#writeState}), once, while the earlier build's is still there.
   */
  public Built build(List<Story> order, int max, LastBuild earlier) {
    if (built) {
      throw new IllegalStateException("a related index is built once");
    }
    built = true;
    if (kept.count() > 0 && earlier == null) {
      throw new IllegalStateException("stories were kept: their words are needed");
    }
    // An edit that leaves every story's words, boost inputs and place as they were (a typo
    // fixed past the words read, a new byline) changes no vector and no list: the last build's
    // are taken whole, rather than read twice, compared story by story and written again.
    if (earlier != null && addedCount.get() <= MAX_COMPARED && kept.sameWords(added)) {
      Optional<int[][]> same = asBefore(order, max, earlier);
      if (same.isPresent()) {
        letGo();
        return new Built(same.get(), 0, true, next -> copy(earlier, next));
      }
    }
    if (earlier != null) {
      Optional<Built> patched = patched(order, max, earlier);
      if (patched.isPresent()) {
        return patched.get();
      }
    }
    added.clear();
    KeptStories.Words earlierWords = kept.count() == 0 ? null
        : kept.terms(stories, earlier, max, this::counted);
    Vectors v = vectors(order, earlierWords);
    // The counts are in the vectors now: let them go before the inverted index takes their
    // room, a quarter of a gigabyte for a million stories.
    letGo();
    Supplier<Relater> relater = relaterOnce(v.vectors(), order, max, new Relater[1]);
    int[][] lists = null;
    if (earlier != null) {
      Optional<InputStream> state = earlier.state();
      if (state.isPresent()) {
        try (InputStream previous = state.get()) {
          lists = RelatedState.reuse(previous, order, v.vectors(), v.spellings(), relater, max)
              .orElse(null);
        } catch (IOException e) {
          lists = null; // it was read: only closing it failed
        }
      }
    }
    if (lists == null) {
      lists = new int[order.size()][];
    }
    return related(order, max, v, lists, relater);
  }

  /**
   * The lists of a rebuild in which every story kept its place and only stories added were
   * forgotten ({@link StoriesEditedInPlace}); empty, with nothing let go, if it was not such a
   * rebuild.
   */
  private Optional<Built> patched(List<Story> order, int max, LastBuild earlier) {
    Optional<Map<String, WordCounts>> forgotten = kept.forgotten();
    if (kept.count() == 0 || addedCount.get() > MAX_COMPARED || forgotten.isEmpty()) {
      return Optional.empty();
    }
    Optional<InputStream> state = earlier.state();
    if (state.isEmpty()) {
      return Optional.empty();
    }
    Relater[] made = new Relater[1];
    Optional<StoriesEditedInPlace.Patched> patched;
    try (InputStream in = state.get()) {
      patched = StoriesEditedInPlace.patch(in, order, max, stories, kept.count(),
          forgotten.get(), added, vectors -> made[0] = new Relater(vectors, order, max));
    } catch (IOException e) {
      return Optional.empty(); // it was read: only closing it failed
    }
    if (patched.isEmpty()) {
      return Optional.empty();
    }
    letGo();
    StoriesEditedInPlace.Patched p = patched.get();
    Vectors v = new Vectors(p.vectors(), p.spellings(), p.documents());
    return Optional.of(related(order, max, v, p.lists(),
        relaterOnce(v.vectors(), order, max, made)));
  }

  /**
   * The relater of {@code vectors}: {@code made}'s if it holds one, else one made at the first
   * call, and only then. Made only if some story is to be related afresh: a typo fixed relates
   * none.
   */
  private static Supplier<Relater> relaterOnce(TermVectors vectors, List<Story> order, int max,
      Relater[] made) {
    return () -> {
      if (made[0] == null) {
        made[0] = new Relater(vectors, order, max);
      }
      return made[0];
    };
  }

  /** Relates afresh each story whose list is null. */
  private static Built related(List<Story> order, int max, Vectors v, int[][] lists,
      Supplier<Relater> relater) {
    AtomicInteger related = new AtomicInteger();
    if (Arrays.stream(lists).anyMatch(Objects::isNull)) {
      Relater r = relater.get();
      IntStream.range(0, lists.length).parallel().forEach(s -> {
        if (lists[s] == null) {
          lists[s] = r.relate(s);
          related.incrementAndGet();
        }
      });
    }
    return new Built(lists, related.get(), false, next -> RelatedState.write(next, order,
        v.vectors(), v.spellings(), v.documents(), lists, max));
  }

  /**
   * Lets go of what was added, once it is no longer needed: the stories' terms, and their map's
   * table too, which does not shrink as the map empties (8 MB for a million stories, held to
   * the end of the build by whoever holds this builder), and the words' vocabularies.
   */
  private void letGo() {
    stories = new ConcurrentHashMap<>();
    vocabularies.clear();
    kept.clear();
    added.clear();
  }

  /**
   * The last build's lists, and its state copied to {@code next}, if it related {@code order}
   * as it is now; empty, with nothing written, if not.
   *
   * @throws UncheckedIOException when the state could not be copied whole
   */
  private static Optional<int[][]> asBefore(List<Story> order, int max, LastBuild earlier) {
    Optional<InputStream> state = earlier.state();
    if (state.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = state.get()) {
      return RelatedState.listsIfSame(in, order, max);
    } catch (IOException e) {
      return Optional.empty(); // it was read: only closing it failed
    }
  }

  /** Copies the earlier build's state, which holds for this build too, to {@code next}. */
  private static void copy(LastBuild earlier, OutputStream next) throws IOException {
    Optional<InputStream> copy = earlier.state();
    if (copy.isEmpty()) {
      throw new IOException("the last build's related-stories state went during the build");
    }
    try (InputStream in = copy.get()) {
      in.transferTo(next);
    }
  }

  /** Term vectors; the spelling of each term id and how many stories have it. */
  private record Vectors(TermVectors vectors, String[] spellings, int[] documents) {}

  /** Weighted, normalised term vectors with terms numbered by spelling, for a stable result. */
  private Vectors vectors(List<Story> order, KeptStories.Words earlier) {
    TermNumbering numbering = TermNumbering.of(vocabularies.values(), earlier,
        Math.max(1, this.stories.size()));
    // Each story's terms numbered by spelling from here on, so the threads' vocabularies can
    // go before the vectors take their room.
    numbering.renumber(this.stories);
    vocabularies.clear();
    TermVectors vectors = TermVectors.empty(numbering.idf(), order.size());
    int[] ids = new int[TERMS_PER_STORY];
    int[] frequencies = new int[TERMS_PER_STORY];
    for (int s = 0; s < order.size(); s++) {
      // Taken out as it goes into its vector, so counts and vectors are not all held at once.
      StoryTerms counts = this.stories.remove(order.get(s).key());
      int n = counts == null ? 0 : counts.terms().length;
      long[] packed = new long[n];
      for (int k = 0; k < n; k++) {
        packed[k] = ((long) counts.id(k) << 32) | k;
      }
      Arrays.sort(packed);
      for (int k = 0; k < n; k++) {
        ids[k] = (int) (packed[k] >>> 32);
        frequencies[k] = counts.frequency((int) packed[k]);
      }
      vectors.set(s, ids, frequencies, n);
    }
    return new Vectors(vectors, numbering.spellings(), numbering.documents());
  }
}
