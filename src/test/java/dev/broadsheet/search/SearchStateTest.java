package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.RecordSpelling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index built from the previous build's state and the articles that changed is the index a
 * build from scratch makes, whatever changed.
 */
class SearchStateTest {
  private static final IndexLimits SMALL = new IndexLimits(1500, 2_000, 4, 3, 40, 3000);
  /** Few postings a term, so that most terms keep only their best articles. */
  private static final IndexLimits FEW_POSTINGS = new IndexLimits(4, 2_000, 4, 3, 40, 3000);
  private IndexLimits limits = SMALL;

  @TempDir
  Path temp;

  private final Random random = new Random(17);
  private final List<String> vocabulary = vocabulary();
  private int built;
  private int nextId;

  /** The previous build, as the next one sees it. */
  private Path state;
  private String token;
  private Map<String, byte[]> site = Map.of();
  private final Map<String, TermCounts> termsByPath = new HashMap<>();
  /** Of the last build: groups whose shards were kept, and groups made. */
  private final AtomicInteger kept = new AtomicInteger();
  private final AtomicInteger keptMissing = new AtomicInteger();
  /** Of the last build: the shards kept. */
  private final Set<String> keptShards = ConcurrentHashMap.newKeySet();

  private List<String> vocabulary() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 3 + random.nextInt(6); k > 0; k--) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words.add(w.toString());
    }
    return words;
  }

  private String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Some words are common, most rare, as in news text.
      double u = random.nextDouble();
      sb.append(vocabulary.get((int) (u * u * u * vocabulary.size()))).append(' ');
    }
    return sb.toString().strip();
  }

  private SearchDocument article() {
    int id = nextId++;
    return new SearchDocument("articles/s" + id + ".md", words(6), "2020-01-01",
        "1 January 2020", id % 4 == 0 ? "World" : "Culture", 2020, "", words(150));
  }

  private static SearchDocument withText(SearchDocument d, String headline, String text) {
    return new SearchDocument(d.path(), headline, d.date(), d.dateText(), d.section(), d.year(),
        d.summary(), text);
  }

  /** Builds from scratch, with no state. */
  private Map<String, byte[]> fresh(List<SearchDocument> docs) {
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), limits, temp);
    IntStream.range(0, docs.size()).parallel().forEach(i -> builder.add(i, docs.get(i),
        files::put));
    builder.writeTo(files::put);
    return new TreeMap<>(files);
  }

  /**
   * Builds from the previous build's state: an article whose path and text are as in the
   * previous build reuses its terms, as the site builder's cache would have it.
   */
  private Map<String, byte[]> incremental(List<SearchDocument> docs, Set<String> asBefore) {
    String now = "build-" + built++;
    Path next = temp.resolve(now + ".bin");
    // Slots in path order, as the site builder scans files; positions in the list's order.
    List<SearchDocument> bySlot = new ArrayList<>(docs);
    bySlot.sort(java.util.Comparator.comparing(SearchDocument::path));
    List<String> paths = bySlot.stream().map(SearchDocument::path).toList();
    int[] positions = new int[docs.size()];
    for (int slot = 0; slot < bySlot.size(); slot++) {
      positions[slot] = docs.indexOf(bySlot.get(slot));
    }
    TermCounter counter = new TermCounter();
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    Map<String, TermCounts> counted = new ConcurrentHashMap<>();
    kept.set(0);
    keptMissing.set(0);
    keptShards.clear();
    try (SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), limits, temp,
        new SearchIndexBuilder.Persistence(state, token, next, now, paths))) {
      IntStream.range(0, bySlot.size()).parallel().forEach(slot -> {
        SearchDocument d = bySlot.get(slot);
        TermCounts terms = counter.count(d.headline(), d.text());
        counted.put(d.path(), terms);
        if (!builder.reuses(slot, asBefore.contains(d.path()))) {
          builder.addTerms(slot, terms);
        }
      });
      builder.previousTermsOf(path -> Optional.ofNullable(termsByPath.get(path)));
      builder.arrange(positions);
      IntStream.range(0, docs.size()).parallel()
          .forEach(i -> builder.add(i, docs.get(i).year(), docs.get(i).section()));
      files.putAll(SearchIndexBuilderTest.fragments(builder, docs, docs.size()));
      Map<String, byte[]> previousSite = site;
      builder.writeTo(files::put, shards -> {
        if (!previousSite.keySet().containsAll(shards)) {
          keptMissing.incrementAndGet();
          return false;
        }
        shards.forEach(path -> files.put(path, previousSite.get(path)));
        keptShards.addAll(shards);
        kept.incrementAndGet();
        return true;
      }, slot -> counted.get(paths.get(slot)));
    }
    state = next;
    token = now;
    site = new TreeMap<>(files);
    termsByPath.clear();
    termsByPath.putAll(counted);
    return site;
  }

  private void assertSameAsFresh(List<SearchDocument> docs, String when) {
    Set<String> asBefore = new HashSet<>();
    for (SearchDocument d : docs) {
      if (previousDocs.getOrDefault(d.path(), null) == d) {
        asBefore.add(d.path());
      }
    }
    Map<String, byte[]> incremental = incremental(docs, asBefore);
    Map<String, byte[]> expected = fresh(docs);
    assertThat(incremental.keySet()).as(when).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(new String(incremental.get(path),
        StandardCharsets.UTF_8)).as(when + ": " + path)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    previousDocs.clear();
    docs.forEach(d -> previousDocs.put(d.path(), d));
  }

  private final Map<String, SearchDocument> previousDocs = new HashMap<>();

  /** An archive of {@code n} articles, built once. */
  private List<SearchDocument> firstBuild(int n) {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(article());
    }
    assertSameAsFresh(docs, "first build");
    return docs;
  }

  @Test
  void everyIndexBuiltFromThePreviousStateIsTheIndexBuiltFromScratch() {
    randomEdits();
  }

  /**
   * As above with terms that keep only their best few articles: an edited article that stays
   * below them leaves the term's entry as it was, one that rises among them or falls from them
   * does not.
   */
  @Test
  void termsThatKeepTheirBestArticlesOnlyAreAsBuiltFromScratchAfterEveryEdit() {
    limits = FEW_POSTINGS;
    randomEdits();
  }

  @Test
  void aTermOneOfItsBestArticlesLosesAsAnotherGainsIsMadeAgain() {
    limits = FEW_POSTINGS;
    List<SearchDocument> docs = firstBuild(40);
    // In ten articles, most often in the first; words stand in for others, so that no length
    // and no average changes.
    for (int i = 0; i < 10; i++) {
      docs.set(i, replaceLastWords(docs.get(i), 10 - i, "zzbridge"));
    }
    assertSameAsFresh(docs, "the term put in ten articles");
    SearchDocument best = docs.get(0);
    docs.set(0, withText(best, best.headline(), best.text().replace("zzbridge", "zzcanal")));
    docs.set(20, replaceLastWords(docs.get(20), 1, "zzbridge"));
    assertSameAsFresh(docs, "the article that had it most lost it as another gained it once");
  }

  /** {@code d} with its last {@code n} words replaced by {@code word}. */
  private static SearchDocument replaceLastWords(SearchDocument d, int n, String word) {
    List<String> words = new ArrayList<>(List.of(d.text().split(" ")));
    for (int i = words.size() - n; i < words.size(); i++) {
      words.set(i, word);
    }
    return withText(d, d.headline(), String.join(" ", words));
  }

  private void randomEdits() {
    List<SearchDocument> docs = firstBuild(120);
    int keptInPlace = 0;
    for (int step = 0; step < 60; step++) {
      int p = random.nextInt(docs.size());
      SearchDocument d = docs.get(p);
      String edit;
      switch (random.nextInt(8)) {
        case 0 -> {
          edit = "a few words added to " + d.path();
          docs.set(p, withText(d, d.headline(), d.text() + " " + words(3)));
        }
        case 1 -> {
          edit = "a new headline for " + d.path();
          docs.set(p, withText(d, words(5), d.text()));
        }
        case 2 -> {
          edit = "a new article first";
          docs.add(0, article());
        }
        case 3 -> {
          edit = "removed " + d.path();
          docs.remove(p);
        }
        case 4 -> {
          edit = "another article in place of " + d.path();
          docs.set(p, article());
        }
        case 5 -> {
          // Enough to change the rounded average length, and so every score.
          edit = "a long text added to " + d.path();
          docs.set(p, withText(d, d.headline(), d.text() + " " + words(3_000)));
        }
        case 6 -> {
          edit = "moved " + d.path() + " to the front";
          docs.remove(p);
          docs.add(0, d);
        }
        default -> {
          edit = "nothing";
        }
      }
      assertSameAsFresh(docs, "step " + step + ": " + edit);
      if (edit.startsWith("a few words") && kept.get() > 0) {
        keptInPlace++;
      }
    }
    // Editing an article in place left most groups of shards as they were: else the state
    // would only ever be read whole, and this test would not test keeping.
    assertThat(keptInPlace).isPositive();
  }

  @Test
  void aSmallEditKeepsTheShardsOfTermsTheArticleDoesNotHave() {
    List<SearchDocument> docs = firstBuild(120);
    docs.set(7, withText(docs.get(7), docs.get(7).headline(), docs.get(7).text() + " zzzz"));
    assertSameAsFresh(docs, "after an edit");
    long groups = site.keySet().stream().filter(path -> path.startsWith("search/t/")).count();
    assertThat(kept.get()).as("groups kept of " + groups + " shards").isGreaterThan(10);
  }

  @Test
  void anEditKeepsTheShardsOfTheArticlesWordsWhoseBestArticlesStay() {
    limits = FEW_POSTINGS;
    List<SearchDocument> docs = firstBuild(120);
    SearchDocument edited = docs.get(7);
    // Its last word replaced: its other words keep their counts, and it keeps its length, so
    // it scores as it did for each of them, in their best articles or not.
    docs.set(7, replaceLastWords(edited, 1, "zzzz"));
    assertSameAsFresh(docs, "after an edit");
    Set<String> groupsOfArticle = new HashSet<>();
    new TermCounter().count(edited.headline(), edited.text()).terms()
        .forEach(term -> groupsOfArticle.add(term.substring(0, 2)));
    String lastWord = edited.text().substring(edited.text().lastIndexOf(' ') + 1);
    groupsOfArticle.remove(lastWord.substring(0, 2));
    assertThat(keptShards).as("shards kept")
        .anyMatch(path -> groupsOfArticle.contains(
            path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('/') + 3)));
  }

  @Test
  void aDamagedStateIsMadeGoodFromTheArticlesTerms() throws IOException {
    List<SearchDocument> docs = firstBuild(120);
    byte[] bytes = Files.readAllBytes(state);
    // Past the header: into the groups' postings.
    for (int at = bytes.length / 3; at < bytes.length * 2 / 3; at += 97) {
      bytes[at] ^= 0x5a;
    }
    Files.write(state, bytes);
    docs.set(3, withText(docs.get(3), docs.get(3).headline(), docs.get(3).text() + " zzzz"));
    assertSameAsFresh(docs, "after damage");
    assertSameAsFresh(docs, "the build after");
  }

  @Test
  void aStateOfAnotherBuildIsNotUsed() {
    List<SearchDocument> docs = firstBuild(60);
    token = "some other build";
    docs.set(3, withText(docs.get(3), docs.get(3).headline(), docs.get(3).text() + " zzzz"));
    // Nothing is reused: every article's terms are added.
    assertSameAsFresh(docs, "with a state of another build");
    assertThat(kept.get()).isZero();
  }

  @Test
  void whenTheEditedArticlesOldTermsAreLostEveryGroupIsMadeAgain() {
    List<SearchDocument> docs = firstBuild(60);
    termsByPath.clear();
    docs.set(3, withText(docs.get(3), words(4), words(150)));
    assertSameAsFresh(docs, "without the old terms");
    assertThat(kept.get()).isZero();
  }

  @Test
  void pastAThousandArticlesGoneEveryEntryIsMadeAgain() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 1_150; i++) {
      // Each with a word of its own, whose entry holds that article alone.
      SearchDocument d = article();
      String own = "q" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26)
          + (char) ('a' + i / 676);
      docs.add(withText(d, d.headline(), d.text() + " " + own));
    }
    assertSameAsFresh(docs, "first build");
    // Others in their places, so that no article kept moves and the averages stay: only the
    // terms of the articles gone say which entries lost postings.
    for (int i = 60; i < docs.size(); i++) {
      SearchDocument d = article();
      // In words of their own: an entry that lost an article's postings gains none from them.
      docs.set(i, withText(d, "x" + d.headline().replace(" ", " x"),
          "x" + d.text().replace(" ", " x")));
    }
    assertSameAsFresh(docs, "after most articles were replaced");
  }

  @Test
  void limitsStampTheStateWithEveryOneOfThem() {
    IndexLimits limits = new IndexLimits(1, 2, 3, 4, 5, 6);

    assertThat(limits.toString()).isEqualTo(RecordSpelling.of(limits));
    assertThat(IndexLimits.DEFAULT.toString()).isEqualTo(RecordSpelling.of(IndexLimits.DEFAULT));
  }
}
