package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexBuilderTest {
  private static final IndexLimits SMALL = new IndexLimits(1500, 300, 4, 3, 40, 3000);

  @TempDir
  Path temp;

  private Map<String, byte[]> build(List<SearchDocument> docs, IndexLimits limits,
      List<Integer> order, boolean parallel) {
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), limits, temp);
    IntStream stream = order.stream().mapToInt(Integer::intValue);
    (parallel ? stream.parallel() : stream).forEach(i -> builder.add(i, docs.get(i), files::put));
    builder.writeTo(files::put);
    return new TreeMap<>(files);
  }

  private static List<Integer> shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  /**
   * The fragments of the first {@code n} of {@code docs}, at their positions in
   * {@code builder}'s index, made as a site makes them: every article's part held, in
   * parallel, then each group made.
   */
  static Map<String, byte[]> fragments(SearchIndexBuilder builder, List<SearchDocument> docs,
      int n) {
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    try (FragmentGroups groups = builder.fragments(Long.MAX_VALUE)) {
      IntStream.range(0, n).parallel().forEach(i -> groups.hold(i, docs.get(i)));
      IntStream.range(0, groups.count()).parallel().forEach(g -> files.put(groups.path(g),
          groups.fragment(g, p -> {
            throw new AssertionError("part " + p + " not held");
          })));
    }
    return files;
  }

  /** A fragment's arguments as JSON: {@code __bs_search.kind(a, b);} gives [a, b]. */
  static JsonNode arguments(byte[] fragment) throws Exception {
    String js = new String(fragment, StandardCharsets.UTF_8).strip();
    assertThat(js).startsWith("__bs_search.").endsWith(");");
    return new ObjectMapper().readTree("[" + js.substring(js.indexOf('(') + 1,
        js.length() - 2) + "]");
  }

  @Test
  void theIndexIsTheSameByteForByteWhateverTheOrderAndThreadsOfAdding() {
    List<SearchDocument> docs = SearchClientTest.synthetic(200);
    Map<String, byte[]> first = build(docs, SMALL, shuffled(200, 1), false);
    Map<String, byte[]> second = build(docs, SMALL, shuffled(200, 2), true);
    Map<String, byte[]> third = build(docs, SMALL, IntStream.range(0, 200).boxed().toList(), true);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    assertThat(third.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> {
      assertThat(second.get(path)).as(path).isEqualTo(bytes);
      assertThat(third.get(path)).as(path).isEqualTo(bytes);
    });
  }

  /**
   * A large archive's temporary files are read a few groups of terms at a time: read so, with
   * batches of a few dozen postings, the index is the same as read whole.
   */
  @Test
  void theIndexIsTheSameReadInSmallBatches() {
    // Random words besides, so that each temporary file holds many groups of terms.
    Random random = new Random(5);
    List<SearchDocument> docs = new ArrayList<>();
    for (SearchDocument d : SearchClientTest.synthetic(200)) {
      StringBuilder words = new StringBuilder(d.text());
      for (int w = 0; w < 30; w++) {
        words.append(' ');
        for (int c = 0; c < 3 + random.nextInt(4); c++) {
          words.append((char) ('a' + random.nextInt(26)));
        }
      }
      docs.add(new SearchDocument(d.path(), d.headline(), d.date(), d.dateText(), d.section(),
          d.year(), d.summary(), words.toString()));
    }
    Map<String, byte[]> whole = build(docs, SMALL, IntStream.range(0, 200).boxed().toList(),
        true);
    for (long batch : new long[] {1, 40}) {
      Map<String, byte[]> files = new ConcurrentHashMap<>();
      SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), SMALL, temp, null, batch);
      IntStream.range(0, docs.size()).parallel()
          .forEach(i -> builder.add(i, docs.get(i), files::put));
      builder.writeTo(files::put);
      assertThat(files.keySet()).as("batches of %d", batch)
          .containsExactlyInAnyOrderElementsOf(whole.keySet());
      whole.forEach((path, bytes) -> assertThat(files.get(path)).as(path).isEqualTo(bytes));
    }
  }

  @Test
  void termsAddedAsArticlesAreReadThenArrangedGiveTheIndexOfTermsAddedByPosition() {
    // The site builder adds each article's terms under its file's slot as it reads it, before
    // index order is known; some files are drafts that never get a position.
    // Lengths vary, so that scores depend on which article is which.
    List<SearchDocument> docs = new ArrayList<>();
    for (SearchDocument d : SearchClientTest.synthetic(260)) {
      int i = docs.size();
      docs.add(new SearchDocument(d.path(), d.headline() + " harbour".repeat(i % 3), d.date(),
          d.dateText(), d.section(), d.year(), d.summary(), d.text() + " market".repeat(i % 11)));
    }
    List<SearchDocument> published = docs.subList(0, 200);
    Map<String, byte[]> expected = build(published, SMALL,
        IntStream.range(0, 200).boxed().toList(), false);
    List<Integer> slotOf = shuffled(docs.size(), 4);
    int[] positions = new int[docs.size()];
    java.util.Arrays.fill(positions, -1);
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), SMALL, temp);
    TermCounter counter = new TermCounter();
    IntStream.range(0, docs.size()).parallel().forEach(i -> builder.addTerms(slotOf.get(i),
        counter.count(docs.get(i).headline(), docs.get(i).text())));
    for (int i = 0; i < published.size(); i++) {
      positions[slotOf.get(i)] = i;
    }
    builder.arrange(positions);
    IntStream.range(0, published.size()).parallel()
        .forEach(i -> builder.add(i, docs.get(i).year(), docs.get(i).section()));
    files.putAll(fragments(builder, docs, published.size()));
    builder.writeTo(files::put);
    assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(files.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void anArrangementThatSkipsOrRepeatsAPositionOrPlacesAnUnreadSlotIsRefused() {
    SearchIndexBuilder builder = new SearchIndexBuilder(3, SMALL, temp);
    TermCounter counter = new TermCounter();
    builder.addTerms(0, counter.count("one", "alpha"));
    builder.addTerms(1, counter.count("two", "beta"));
    assertThatThrownBy(() -> builder.arrange(new int[] {0, 2, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 1");
    assertThatThrownBy(() -> builder.arrange(new int[] {0, 0, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot 1");
    assertThatThrownBy(() -> builder.arrange(new int[] {0, 1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot 2");
    builder.close();
  }

  @Test
  void largeShardsSplitByLongerPrefixesAndEveryTermIsWhereTheClientLooks() throws Exception {
    Map<String, byte[]> files = build(SearchClientTest.synthetic(200), SMALL,
        shuffled(200, 3), true);
    Map<String, JsonNode> shards = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      if (e.getKey().startsWith("search/t/")) {
        JsonNode args = arguments(e.getValue());
        assertThat(IndexPaths.shard(args.get(0).asText())).isEqualTo(e.getKey());
        shards.put(args.get(0).asText(), args.get(1));
      }
    }
    assertThat(shards.keySet()).contains("br", "bri", "brid", "sh", "sha").doesNotContain("b");
    int terms = 0;
    for (Map.Entry<String, JsonNode> e : shards.entrySet()) {
      String key = e.getKey();
      boolean split = e.getValue().has("x");
      if (!split && key.length() < SMALL.maxKey()) {
        assertThat(files.get(IndexPaths.shard(key)).length).as(key)
            .isLessThan(SMALL.shardChars() + 200);
      }
      for (JsonNode t : e.getValue().get("t")) {
        String term = t.get(0).asText();
        terms++;
        // The client walks from two characters down while a shard is split.
        String walk = term.substring(0, 2);
        while (shards.get(walk).has("x") && term.length() > walk.length()) {
          walk = term.substring(0, walk.length() + 1);
        }
        assertThat(walk).as(term).isEqualTo(key);
      }
      if (split) {
        assertThat(e.getValue().get("c")).hasSizeLessThanOrEqualTo(SMALL.completions());
        e.getValue().get("c").forEach(c -> assertThat(c.get(0).asText()).startsWith(key));
      }
    }
    assertThat(terms).isGreaterThan(20);
  }

  /**
   * Every article's terms reach the index, from many threads at once: enough articles that the
   * postings waiting in one temporary file outgrow its buffer, and one article whose terms in
   * one file outgrow it on their own.
   */
  @Test
  void everyPostingReachesTheIndexHoweverManyArticlesAndTerms() throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    int n = 4_000;
    for (int i = 0; i < n; i++) {
      docs.add(new SearchDocument("articles/" + i + ".html", "News", "", "", "", 0, "",
          "harbour uniq" + i));
    }
    StringBuilder huge = new StringBuilder();
    for (int w = 0; w < 5_000; w++) {
      huge.append(" zz").append(w);
    }
    docs.add(new SearchDocument("articles/huge.html", "News", "", "", "", 0, "",
        huge.toString()));
    Map<String, Integer> frequencies = new HashMap<>();
    for (Map.Entry<String, byte[]> e : build(docs, IndexLimits.DEFAULT, shuffled(n + 1, 5), true)
        .entrySet()) {
      if (e.getKey().startsWith("search/t/")) {
        for (JsonNode t : arguments(e.getValue()).get(1).get("t")) {
          frequencies.put(t.get(0).asText(), t.get(1).asInt());
        }
      }
    }
    assertThat(frequencies).containsEntry(Terms.term("harbour"), n);
    for (int i = 0; i < n; i++) {
      assertThat(frequencies).containsEntry(Terms.term("uniq" + i), 1);
    }
    for (int w = 0; w < 5_000; w++) {
      assertThat(frequencies).containsEntry(Terms.term("zz" + w), 1);
    }
  }

  @Test
  void commonTermsKeepOnlyTheirBestPostingsButTheirTrueFrequency() throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      docs.add(new SearchDocument("articles/" + i + ".html", i == 7 ? "Bridge news" : "News",
          "", "", "", 0, "", "bridge " + "filler ".repeat(i)));
    }
    IndexLimits limits = new IndexLimits(5, 24_000, 6, 8, 150, 3000);
    JsonNode shard = arguments(build(docs, limits, shuffled(50, 4), true)
        .get("search/t/br.js")).get(1).get("t").get(0);
    assertThat(shard.get(0).asText()).isEqualTo("bridg");
    assertThat(shard.get(1).asInt()).isEqualTo(50);
    long[] values = Varint.decode(shard.get(3).asText());
    assertThat(values).hasSize(10);
    List<Long> kept = new ArrayList<>();
    long doc = 0;
    for (int i = 0; i < values.length; i += 2) {
      doc += values[i];
      kept.add(doc);
    }
    // The headline match and the shortest texts score best; the top level is 32 (stored 31).
    assertThat(kept).containsExactly(0L, 1L, 2L, 3L, 7L);
    assertThat(values[9]).isEqualTo(31);
  }

  @Test
  void articleFragmentsHoldWhatAResultShowsWithNothingThatCouldEndAScript() throws Exception {
    String attack = "<script>alert(1)</script> & \"quotes\" \\ \u2028";
    List<SearchDocument> docs = List.of(new SearchDocument("articles/x.html", attack,
        "2017-05-16", "16 May 2017", "World", 2017, "", attack + " " + "word ".repeat(2000)));
    Map<String, byte[]> files = build(docs, IndexLimits.DEFAULT, List.of(0), false);
    String js = new String(files.get("search/d/0/0.js"), StandardCharsets.UTF_8);
    assertThat(js).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
    JsonNode group = arguments(files.get("search/d/0/0.js"));
    assertThat(group.get(0).asInt()).isZero();
    assertThat(group.get(1)).hasSize(1);
    JsonNode doc = group.get(1).get(0);
    assertThat(doc.get("h").asText()).isEqualTo(attack);
    assertThat(doc.get("u").asText()).isEqualTo("articles/x.html");
    assertThat(doc.get("s").asText()).isEqualTo("World");
    // The line separator is white space, so the text has a plain space in its place.
    assertThat(doc.get("t").asText()).startsWith(attack.strip() + " word")
        .hasSizeLessThanOrEqualTo(3000)
        .endsWith("word");
    JsonNode meta = arguments(files.get("search/meta.js")).get(0);
    assertThat(meta.get("n").asInt()).isEqualTo(1);
    assertThat(meta.get("sections").get(0).get(0).asText()).isEqualTo("World");
    assertThat(meta.get("years").get(0).toString()).isEqualTo("[2017,1,[0,1]]");
  }

  @Test
  void yearsAreRunsOfPositionsAndSectionsIgnoreCase() throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    int[] years = {2018, 2018, 2017, 2018, 2016, 0};
    String[] sections = {"World", "world", "Culture", "", "WORLD", "Culture"};
    for (int i = 0; i < years.length; i++) {
      docs.add(new SearchDocument("a" + i + ".html", "Story " + i, "", "", sections[i],
          years[i], "", "text"));
    }
    Map<String, byte[]> files = build(docs, IndexLimits.DEFAULT, shuffled(6, 5), true);
    JsonNode meta = arguments(files.get("search/meta.js")).get(0);
    assertThat(meta.get("years").toString())
        .isEqualTo("[[2018,3,[0,2,3,4]],[2017,1,[2,3]],[2016,1,[4,5]]]");
    assertThat(meta.get("sections").toString()).isEqualTo("[[\"Culture\",2],[\"World\",3]]");
    assertThat(Varint.decode(arguments(files.get("search/s/1.js")).get(1).asText()))
        .containsExactly(0, 1, 3);
  }

  @Test
  void temporaryFilesAreDeletedAfterWritingOrOnClose() throws Exception {
    build(SearchClientTest.synthetic(10), SMALL, shuffled(10, 6), true);
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
    SearchIndexBuilder abandoned = new SearchIndexBuilder(2, SMALL, temp);
    abandoned.add(0, SearchClientTest.synthetic(1).get(0), (p, b) -> { });
    abandoned.close();
    abandoned.close();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void everyPositionMustBeAdded() {
    SearchIndexBuilder builder = new SearchIndexBuilder(2, SMALL, temp);
    builder.add(1, SearchClientTest.synthetic(1).get(0), (p, b) -> { });
    assertThatThrownBy(() -> builder.add(2, SearchClientTest.synthetic(1).get(0), (p, b) -> { }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.writeTo((p, b) -> { }))
        .hasMessageContaining("no article was added at position 0");
  }

  @Test
  void theTextOfAFragmentIsItsStartOnOneLineCutAtAWord() {
    assertThat(ResultFragments.start("  One\n\n two\t three  ", 100)).isEqualTo("One two three");
    assertThat(ResultFragments.start("alpha beta gamma delta", 12)).isEqualTo("alpha beta");
    assertThat(ResultFragments.start("x".repeat(30), 10)).isEqualTo("x".repeat(10));
    // The same as collapsing every run of white space in the whole text, then cutting it.
    Random random = new Random(17);
    String alphabet = "ab \n\t\u0001\u000b\u001f\u00a0\u2003\u00e9\ud83d\ude00";
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int max = 1 + random.nextInt(30);
      String flat = text.toString().replaceAll("[\\s\u001c-\u001f\u2003]+", " ").strip();
      String expected = flat;
      if (flat.length() > max) {
        int cut = flat.lastIndexOf(' ', max);
        cut = cut < max / 2 ? max : cut;
        cut = Character.isHighSurrogate(flat.charAt(cut - 1)) ? cut - 1 : cut;
        expected = flat.substring(0, cut);
      }
      assertThat(ResultFragments.start(text.toString(), max)).as("%s, %d", text, max)
          .isEqualTo(expected);
    }
  }
}
