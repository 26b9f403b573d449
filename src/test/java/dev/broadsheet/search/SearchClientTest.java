package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.testing.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser client's tests ({@code src/test/js/}) under Node against indexes the Java side
 * builds here: the fixture archive, a synthetic archive written with default and with tiny
 * shard limits (so shards split), and the Java side's folding and stemming of every word of the
 * fixture and example articles plus tricky cases, which the client must reproduce.
 */
class SearchClientTest {
  /** Words that exercise every step of Porter's algorithm and the folding rules. */
  static final String TRICKY = String.join(" ",
      "caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated",
      "troubled sized hopping tanned falling hissing fizzed failing filing happy sky",
      "relational conditional rational valenci hesitanci digitizer conformabli radicalli",
      "differentli vileli analogousli vietnamization predication operator feudalism",
      "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate",
      "formative formalize electriciti electrical hopeful goodness revival allowance",
      "inference airliner gyroscopic adjustable defensible irritant replacement adjustment",
      "dependent adoption homologou communism activate angulariti homologous effective",
      "bowdlerize probate rate cease controlling rolling generalizations oscillators",
      "yy yes eye eyes syzygy skies dying lying tying agreement agreements news sharing shared",
      "intelligence intelligent president's presidents' James’s DON'T rock'n'roll o’clock",
      "Café CAFÉ café naïve Zürich Müller Æsir straße STRASSE ΣΊΣΥΦΟΣ İstanbul ﬁnance ½ Ⅻ",
      "résumé Ǆemal 日本語 x9 2017 10th COVID-19 e-mail a i of the The THE anti-war",
      "supercalifragilisticexpialidociousandthensomemorelettersxyz");

  @TempDir
  Path dir;

  @Test
  void theJavaScriptClientPassesItsTestsUnderNode() throws Exception {
    Path articles = Sites.copyResource("search-fixture", dir.resolve("articles"));
    Sites.build(articles, dir.resolve("site"));
    List<SearchDocument> docs = synthetic(120);
    writeIndex(docs, IndexLimits.DEFAULT, dir.resolve("plain"));
    writeIndex(docs, new IndexLimits(1500, 300, 4, 3, 40, 3000), dir.resolve("split"));
    writeParity(articles, dir.resolve("parity.json"));

    ProcessBuilder pb = new ProcessBuilder("node", "--test", "src/test/js/")
        .redirectErrorStream(true);
    pb.environment().put("BS_SITE", dir.resolve("site").toString());
    pb.environment().put("BS_PLAIN", dir.resolve("plain").toString());
    pb.environment().put("BS_SPLIT", dir.resolve("split").toString());
    pb.environment().put("BS_PARITY", dir.resolve("parity.json").toString());
    Process node;
    try {
      node = pb.start();
    } catch (IOException e) {
      fail("Node is needed to test the search client: install Node.js (node on the PATH)", e);
      return;
    }
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
  }

  /** Articles from a small vocabulary, so that terms share prefixes and shards split. */
  static List<SearchDocument> synthetic(int n) {
    String[] words = ("bridge bridges bridging brick bright bring brought harbour harm hard"
        + " share sharing shared sharp shark market markets marking mark white whale house"
        + " housing intelligence intelligent intel interest internal river rivers rival")
        .split(" ");
    List<SearchDocument> docs = new ArrayList<>();
    long seed = 42;
    for (int i = 0; i < n; i++) {
      StringBuilder headline = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        String word = words[(int) ((seed >>> 33) % words.length)];
        (w < 4 ? headline : text).append(word).append(w == 3 ? "" : " ");
      }
      int year = 2010 + i % 5;
      docs.add(new SearchDocument("articles/a" + i + ".html", headline.toString(),
          year + "-01-01", "1 January " + year, i % 3 == 0 ? "World" : "Culture", year,
          "", text.toString()));
    }
    return docs;
  }

  /** Adds the documents from several threads in a scrambled order, as the site builder does. */
  static Map<String, byte[]> writeIndex(List<SearchDocument> docs, IndexLimits limits, Path out)
      throws IOException {
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    try (SearchIndexBuilder builder = new SearchIndexBuilder(docs.size(), limits, null)) {
      java.util.stream.IntStream.range(0, docs.size()).parallel()
          .map(i -> docs.size() - 1 - i).forEach(i -> builder.add(i, docs.get(i), files::put));
      builder.writeTo(files::put);
    }
    if (out != null) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Sites.write(out, e.getKey(), e.getValue());
      }
    }
    return files;
  }

  /** {words: {word: [folded, term or null]}, texts: [[text, [terms]]]}, as Java sees them. */
  static void writeParity(Path articles, Path out) throws IOException {
    List<String> texts = new ArrayList<>(List.of(TRICKY));
    for (Path root : List.of(articles, Path.of("articles"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          texts.add(Files.readString(p));
        }
      }
    }
    Map<String, List<String>> words = new LinkedHashMap<>();
    List<List<Object>> textTerms = new ArrayList<>();
    for (String text : texts) {
      Matcher m = Terms.WORD.matcher(text);
      while (m.find()) {
        words.computeIfAbsent(m.group(), w -> java.util.Arrays.asList(Terms.fold(w),
            Terms.term(w)));
      }
      List<String> terms = new ArrayList<>();
      Terms.forEach(text, terms::add);
      textTerms.add(List.of(text, terms));
    }
    new ObjectMapper().writeValue(out.toFile(), Map.of("words", words, "texts", textTerms));
  }
}
