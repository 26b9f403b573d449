package dev.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Collects the archive's articles and writes the static search index: many small files under
 * {@code search/}, so that a query in the browser fetches only what it needs.
 *
 * <ul>
 *   <li>{@code search/meta.js}: the number of articles, the sections and the years (as runs of
 *       article positions, which are in date order) for the filters.
 *   <li>{@code search/t/KEY.js}: the terms starting with KEY, each with its best-scoring
 *       articles and their precomputed BM25 scores (see {@link ShardWriter}).
 *   <li>{@code search/d/N/G.js}: four articles' URLs, headlines, dates, sections and the starts
 *       of their texts, for showing a result with a snippet. Articles are numbered from the
 *       oldest, so adding the newest changes the last file alone ({@link FragmentGroups}).
 *   <li>{@code search/s/ID.js}: the articles of a section, loaded only to filter by it.
 * </ul>
 *
 * <p>Each file is a script calling {@code __bs_search}, so the browser loads it with a
 * {@code <script>} element, which works from {@code file://} where {@code fetch()} does not.
 * An article's terms can be added as soon as it is read, under a slot of the caller's choosing
 * ({@link #addTerms}), before its place in the index is known; {@link #arrange} then places the
 * slots. Postings wait in temporary files ({@link Spill}) until {@link #writeTo}, which builds a
 * few groups of shards at a time: memory does not grow with the archive beyond a few numbers an
 * article. Output depends only on what was added at each position, never on the order or
 * thread of the calls.
 *
 * <p>Given a {@link Persistence}, it leaves every term's postings for the next build
 * ({@link SearchState}), and an article the caller finds unchanged needs no terms
 * ({@link #reuses}): its postings come from the previous build's state. After an edit, only
 * the terms of the articles that changed have their entries made again ({@link ShardGroups}).
 */
public final class SearchIndexBuilder implements AutoCloseable {
  private final int slots;
  private final IndexLimits limits;
  private final Spill spill;
  private final long batchPostings;
  /** By slot: an article's terms are added as soon as it is read, before its place is known. */
  private final int[] headlineLengths;
  private final int[] bodyLengths;
  private final boolean[] counted;
  /** For each slot, the position of its article in index order, or -1; null while unknown. */
  private int[] positions;
  private int documents;
  /** By position. */
  private int[] years;
  private String[] sections;
  private boolean[] added;
  private final TermCounter counter = new TermCounter();
  /** Null when the index is not kept for the next build. */
  private final Persistence persistence;
  /** The previous build's state, when it can be used; null otherwise. */
  private SearchState previous;
  /** By slot: the position in the previous build of an article kept as it was, or -1. */
  private final int[] keptSlots;
  /** The terms of the articles of the previous build that were not kept. */
  private final Set<String> reached = new HashSet<>();
  private boolean reachedAll;
  /** Null until an article is given whole: a site makes its fragments itself. */
  private FragmentGroups addedFragments;

  /**
   * Where the previous build left its index's state and where this one leaves its own, named
   * by the tokens of the two builds, and the path of each slot's article, which names it from
   * one build to the next.
   *
   * @param previous  null when there is none to use
   * @param slotPaths in order ({@link String#compareTo}), as the articles are scanned: the
   *                  previous build's are matched with them in one pass
   */
  public record Persistence(Path previous, String previousToken, Path next, String token,
      List<String> slotPaths) {
    public Persistence {
      slotPaths = List.copyOf(slotPaths);
      for (int i = 1; i < slotPaths.size(); i++) {
        if (slotPaths.get(i - 1).compareTo(slotPaths.get(i)) >= 0) {
          throw new IllegalArgumentException("slot paths out of order: " + slotPaths.get(i));
        }
      }
    }
  }

  /**
   * @param slots how many articles may be added: each article's terms are added under a slot
   *              from 0 to {@code slots - 1} ({@link #addTerms}), and {@link #arrange} then
   *              says where each slot's article goes. Until it is called, slot and position are
   *              one, and {@code slots} articles make the index.
   */
  public SearchIndexBuilder(int slots) {
    this(slots, IndexLimits.DEFAULT, null, null);
  }

  /**
   * As {@link #SearchIndexBuilder(int)}, continuing from the state the previous build left, if
   * it can be used, and leaving this build's for the next.
   */
  public SearchIndexBuilder(int slots, Persistence persistence) {
    this(slots, IndexLimits.DEFAULT, null, persistence);
  }

  SearchIndexBuilder(int slots, IndexLimits limits, Path temporary) {
    this(slots, limits, temporary, null);
  }

  SearchIndexBuilder(int slots, IndexLimits limits, Path temporary, Persistence persistence) {
    this(slots, limits, temporary, persistence, ShardGroups.BATCH_POSTINGS);
  }

  /** @param batchPostings postings read from a temporary file at a time ({@link ShardGroups}) */
  SearchIndexBuilder(int slots, IndexLimits limits, Path temporary, Persistence persistence,
      long batchPostings) {
    this.batchPostings = batchPostings;
    this.slots = slots;
    this.limits = limits;
    this.headlineLengths = new int[slots];
    this.bodyLengths = new int[slots];
    this.counted = new boolean[slots];
    this.keptSlots = new int[slots];
    Arrays.fill(keptSlots, -1);
    this.persistence = persistence;
    if (persistence != null && persistence.slotPaths().size() != slots) {
      throw new IllegalArgumentException("a path for each slot");
    }
    this.spill = new Spill(temporary);
    place(null, slots);
    if (persistence != null && persistence.previous() != null) {
      try {
        previous = SearchState.open(persistence.previous(), persistence.previousToken(), limits,
            persistence.slotPaths());
      } catch (IOException e) {
        // A state that cannot be read is none: every article's terms are added.
        previous = null;
      }
    }
  }

  /**
   * Whether the article in {@code slot}, as the previous build read it ({@code asBefore}),
   * needs no terms: the previous build's state holds them. If not, the caller adds them
   * ({@link #addTerms}). Called from many threads at once, each slot by one call only.
   */
  public boolean reuses(int slot, boolean asBefore) {
    int before = asBefore && previous != null ? previous.previousPosition(slot) : -1;
    if (before < 0) {
      return false;
    }
    keptSlots[slot] = before;
    headlineLengths[slot] = previous.headlineLength(before);
    bodyLengths[slot] = previous.bodyLength(before);
    counted[slot] = true;
    return true;
  }

  /**
   * Looks up the terms the previous build had for its articles that were not kept (edited,
   * moved or gone) with {@code terms}, by path: the entries of those terms are made again. Called
   * once every slot was added or reused, while the previous build's terms can be found.
   */
  public void previousTermsOf(Function<String, Optional<TermCounts>> terms) {
    if (previous == null) {
      return;
    }
    Map<Integer, String> gone = new HashMap<>(previous.unmatched());
    reachedAll = gone.size() > SearchState.MAX_UNMATCHED;
    for (int slot = 0; slot < slots && !reachedAll; slot++) {
      if (previous.previousPosition(slot) >= 0 && keptSlots[slot] < 0) {
        gone.put(previous.previousPosition(slot), persistence.slotPaths().get(slot));
        // Past a thousand, every entry is made again: looking up each one's terms costs more.
        reachedAll = gone.size() > MAX_LOOKED_UP;
      }
    }
    for (String path : gone.values()) {
      if (reachedAll) {
        return;
      }
      Optional<TermCounts> old = terms.apply(path);
      if (old.isEmpty()) {
        reachedAll = true;
      } else {
        reached.addAll(old.get().terms());
      }
    }
  }

  private static final int MAX_LOOKED_UP = 1000;

  private void place(int[] positions, int documents) {
    this.positions = positions;
    this.documents = documents;
    this.years = new int[documents];
    this.sections = new String[documents];
    this.added = new boolean[documents];
  }

  /**
   * Adds the article at {@code position} in index order, and gives the fragment of its group
   * (for the result list and snippets, {@link FragmentGroups}) to {@code out} once the last of
   * the group is added; called from many threads at once. Each position is written by one call
   * only, and {@link #writeTo} runs after every call returned.
   */
  public void add(int position, SearchDocument document, BiConsumer<String, byte[]> out) {
    addTerms(position, counter.count(document.headline(), document.text()));
    add(position, document.year(), document.section());
    FragmentGroups groups = addedFragments();
    byte[] fragment = groups.holdAndComplete(position, document);
    if (fragment != null) {
      out.accept(groups.path(groups.group(position)), fragment);
    }
  }

  /** The fragments of the articles given whole to {@link #add(int, SearchDocument, BiConsumer)}. */
  private synchronized FragmentGroups addedFragments() {
    if (addedFragments == null) {
      addedFragments = new FragmentGroups(documents, limits.textChars(), Long.MAX_VALUE, null);
    }
    return addedFragments;
  }

  /**
   * Adds the terms of the article in {@code slot}; called from many threads at once, each slot
   * by one call only. They go to temporary files at once, so nothing of the text is held.
   */
  public void addTerms(int slot, TermCounts terms) {
    if (slot < 0 || slot >= slots || counted[slot]) {
      throw new IllegalArgumentException("slot " + slot + " of " + slots + " added again or"
          + " out of range");
    }
    terms.addTo(spill, slot);
    headlineLengths[slot] = terms.headlineTerms();
    bodyLengths[slot] = terms.bodyTerms();
    counted[slot] = true;
  }

  /**
   * Says where each slot's article goes in index order, once every article's terms are added
   * and before any {@link #add(int, int, String)}: {@code positions[slot]} is its position, or
   * -1 for a slot whose article is not in the index. The positions must be 0 to n - 1, each
   * once, and only slots whose terms were added may have one.
   */
  public void arrange(int[] positions) {
    if (positions.length != slots) {
      throw new IllegalArgumentException(positions.length + " positions for " + slots + " slots");
    }
    boolean[] taken = new boolean[slots];
    int n = 0;
    for (int slot = 0; slot < slots; slot++) {
      int p = positions[slot];
      if (p < 0) {
        continue;
      }
      if (p >= slots || taken[p] || !counted[slot]) {
        throw new IllegalArgumentException("slot " + slot + " cannot go to position " + p);
      }
      taken[p] = true;
      n++;
    }
    for (int p = 0; p < n; p++) {
      if (!taken[p]) {
        throw new IllegalArgumentException("no article at position " + p + " of " + n);
      }
    }
    place(positions.clone(), n);
  }

  /**
   * Gives the index what it shows of the article at {@code position} in index order besides
   * its terms, which {@link #addTerms} gave; its fragment the caller writes (or keeps from an
   * earlier build) itself: see {@link #fragment}. Called from many threads at once; each
   * position by one call only, and {@link #writeTo} runs after every call returned.
   *
   * @param year    its year, for the year filter; 0 when undated
   * @param section its section, or empty
   */
  public void add(int position, int year, String section) {
    if (position < 0 || position >= documents) {
      throw new IllegalArgumentException("position " + position + " of " + documents);
    }
    years[position] = year;
    sections[position] = section == null ? "" : section;
    added[position] = true;
  }

  /**
   * The fragments of the articles at their places in the index ({@link #arrange}), for the
   * caller to make ({@link FragmentGroups#hold}, {@link FragmentGroups#fragment}) and write
   * itself, holding at most {@code budget} bytes of their parts in memory. The caller closes it.
   */
  public FragmentGroups fragments(long budget) {
    return new FragmentGroups(documents, limits.textChars(), budget, null);
  }

  /**
   * Writes every other index file, by its path in the site, and cleans up; {@code out} is
   * called from several threads at once.
   */
  public void writeTo(BiConsumer<String, byte[]> out) {
    writeTo(out, paths -> false, slot -> {
      throw new IllegalStateException("no terms were kept");
    });
  }

  /**
   * As {@link #writeTo(BiConsumer)}, keeping the existing site's shards where they are as they
   * would be made ({@code keepAll} keeps the files of all the paths it is given, or says it
   * cannot), and leaving this build's state where {@link Persistence} says.
   *
   * @param termsOfSlot the terms of a slot's article that {@link #reuses} kept, should the
   *                    previous build's state turn out damaged
   */
  public void writeTo(BiConsumer<String, byte[]> out, Predicate<List<String>> keepAll,
      IntFunction<TermCounts> termsOfSlot) {
    try {
      for (int i = 0; i < documents; i++) {
        if (!added[i]) {
          throw new IllegalStateException("no article was added at position " + i);
        }
      }
      spill.finishAppends();
      int[] headlines = new int[documents];
      int[] bodies = new int[documents];
      List<String> paths = new ArrayList<>(documents);
      int[] pathPositions = new int[documents];
      int[] remap = previous == null ? null : new int[previous.documents()];
      if (remap != null) {
        Arrays.fill(remap, -1);
      }
      long headlineTerms = 0;
      long bodyTerms = 0;
      for (int slot = 0; slot < slots; slot++) {
        int p = positions == null ? slot : positions[slot];
        if (p >= 0) {
          if (!counted[slot]) {
            throw new IllegalStateException("no terms were added for position " + p);
          }
          headlines[p] = headlineLengths[slot];
          bodies[p] = bodyLengths[slot];
          headlineTerms += headlines[p];
          bodyTerms += bodies[p];
          if (persistence != null) {
            // Slots are in path order: so is the next state's list of articles.
            pathPositions[paths.size()] = p;
            paths.add(persistence.slotPaths().get(slot));
          }
          if (keptSlots[slot] >= 0) {
            remap[keptSlots[slot]] = p;
          }
        }
      }
      Bm25 bm25 = new Bm25(documents, headlineTerms, bodyTerms);
      ShardWriter shards = new ShardWriter(limits, bm25, headlines, bodies);
      try (SearchState.Writer next = persistence == null ? null : new SearchState.Writer(
          persistence.next(), persistence.token(), limits, paths, pathPositions, headlines,
          bodies)) {
        ShardGroups groups = new ShardGroups(new ShardGroups.Inputs(spill, positions, previous,
            remap, unchanged(remap, bm25), reached, shards, next, keptSlots, termsOfSlot), out,
            keepAll);
        // Buckets hold disjoint groups, so they are written in parallel; each file's bytes
        // depend on its group alone.
        IntStream.range(0, Spill.BUCKETS).parallel()
            .forEach(bucket -> groups.write(bucket, batchPostings));
        if (next != null) {
          next.finish();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the build cache", e);
      }
      List<String> sectionNames = FilterFiles.writeSections(documents, sections, out);
      out.accept(IndexPaths.META, FilterFiles.meta(documents, years, sectionNames));
    } finally {
      close();
    }
  }

  /**
   * Whether every article the previous build's state holds is where it was, or not in the
   * index now, with the same rounded size and averages: then a term no changed article has,
   * then or now, has the entry it had. (Articles added or gone at the end move no other.)
   */
  private boolean unchanged(int[] remap, Bm25 bm25) {
    if (previous == null || reachedAll || !previous.bm25().equals(bm25)) {
      return false;
    }
    for (int p = 0; p < remap.length; p++) {
      if (remap[p] >= 0 && remap[p] != p) {
        return false;
      }
    }
    return true;
  }

  /** Deletes the temporary files; {@link #writeTo} does so itself. */
  @Override
  public void close() {
    spill.close();
    if (previous != null) {
      try {
        previous.close();
      } catch (IOException e) {
        // Only read from: nothing is lost.
      }
    }
  }
}
