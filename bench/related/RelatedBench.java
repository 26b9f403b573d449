import dev.broadsheet.related.RelatedIndexBuilder;
import dev.broadsheet.related.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.commonmark.parser.Parser;

/**
 * Related stories on a generated archive, run by hand:
 *
 * <pre>
 *   mvn -q package -DskipTests
 *   java -Xmx2g -cp target/broadsheet.jar bench/related/RelatedBench.java [stories] [rounds]
 * </pre>
 *
 * <p>Stories are built from the sentences of the seed articles plus words of one of
 * {@code stories / 20} topics, so each has about twenty true relatives. The baseline, measured
 * in the same run, is parsing the same texts with commonmark, which a build does at least once
 * per article anyway: the ratio says what related stories add to a build.
 */
public final class RelatedBench {
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> sentences = seedSentences(Path.of("articles"));
    Random random = new Random(42);
    int topics = Math.max(1, count / 20);
    String[] texts = new String[count];
    int[] topicOf = new int[count];
    List<Story> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      topicOf[i] = random.nextInt(topics);
      texts[i] = story(random, sentences, topicOf[i]);
      stories.add(new Story("s" + i, "section" + random.nextInt(12),
          List.of("tag" + random.nextInt(200)), 11_000 + random.nextInt(9_000)));
    }
    long words = Arrays.stream(texts).mapToLong(t -> t.split(" ").length).sum();
    System.out.printf("%,d stories, %,d words, %d cores%n", count, words,
        Runtime.getRuntime().availableProcessors());

    Parser parser = Parser.builder().build();
    double[] baseline = new double[rounds];
    double[] add = new double[rounds];
    double[] relate = new double[rounds];
    double[][] cpu = new double[3][rounds];
    int[][] related = null;
    for (int r = 0; r < rounds; r++) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      long nodes = IntStream.range(0, count).parallel()
          .mapToObj(i -> parser.parse(texts[i])).filter(n -> n.getFirstChild() != null).count();
      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      RelatedIndexBuilder builder = new RelatedIndexBuilder();
      IntStream.range(0, count).parallel().forEach(i -> builder.add("s" + i, texts[i]));
      long t2 = System.nanoTime();
      long c2 = cpuNanos();
      related = builder.build(stories, 5);
      long t3 = System.nanoTime();
      long c3 = cpuNanos();
      cpu[0][r] = (c1 - c0) / 1e9;
      cpu[1][r] = (c2 - c1) / 1e9;
      cpu[2][r] = (c3 - c2) / 1e9;
      baseline[r] = (t1 - t0) / 1e9;
      add[r] = (t2 - t1) / 1e9;
      relate[r] = (t3 - t2) / 1e9;
      System.out.printf("round %d (wall / cpu): markdown parse %.2f / %.2f s (%d docs),"
          + " related add %.2f / %.2f s, relate %.2f / %.2f s%n", r + 1, baseline[r], cpu[0][r],
          nodes, add[r], cpu[1][r], relate[r], cpu[2][r]);
    }
    double b = median(baseline);
    double total = median(add) + median(relate);
    System.out.printf("median: markdown parse %.2f s; related stories %.2f s (add %.2f + relate"
        + " %.2f) = %.2f x the parse%n", b, total, median(add), median(relate), total / b);
    double cpuRelated = median(cpu[1]) + median(cpu[2]);
    System.out.printf("median cpu: markdown parse %.2f s; related stories %.2f s = %.2f x the"
        + " parse%n", median(cpu[0]), cpuRelated, cpuRelated / median(cpu[0]));
    int withFive = 0;
    long sameTopic = 0;
    long listed = 0;
    for (int i = 0; i < count; i++) {
      withFive += related[i].length == 5 ? 1 : 0;
      for (int j : related[i]) {
        listed++;
        sameTopic += topicOf[j] == topicOf[i] ? 1 : 0;
      }
    }
    System.out.printf("quality: %.1f%% of stories list 5 related; %.1f%% of listed stories share"
        + " the story's topic%n", 100.0 * withFive / count, 100.0 * sameTopic / listed);
  }

  private static String story(Random random, List<String> sentences, int topic) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 8 + random.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      for (int s = 0; s < 3; s++) {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        text.append(sentence).append(' ');
        if (random.nextInt(2) == 0) {
          text.append("The ").append(topicWord(topic, random.nextInt(6))).append(" affair")
              .append(" involved ").append(topicWord(topic, random.nextInt(6))).append(". ");
        }
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  /** An invented proper name, the same for a topic every time: e.g. "Kovarel". */
  private static String topicWord(int topic, int k) {
    String[] syllables = {"ka", "ro", "vel", "min", "tor", "sa", "lu", "den", "pri", "mo", "zan",
        "qui", "bel", "fo", "nar", "ti"};
    long x = topic * 7919L + k * 104_729L + 1;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      word.append(syllables[(int) (x % syllables.length)]);
      x /= syllables.length;
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<String> seedSentences(Path articles) throws Exception {
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(articles)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String s : Files.readString(file).split("(?<=[.!?])\\s+")) {
          if (s.length() > 40) {
            sentences.add(s.strip());
          }
        }
      }
    }
    return sentences;
  }

  /** CPU time of the whole process: less disturbed than wall time by other work on the box. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
