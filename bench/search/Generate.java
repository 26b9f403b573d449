import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic archive of N Markdown articles for the search benchmark, from the
 * sentences of the seed articles in articles/*.txt, with invented names mixed in so the
 * vocabulary is larger than the seeds'. Usage: java Generate.java OUT N [SEED_DIR]
 */
public class Generate {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path seeds = Path.of(args.length > 2 ? args[2] : "articles");
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String s : Files.readString(p).replaceAll("\\s+", " ").split("(?<=[.!?]) ")) {
          if (s.length() > 30) {
            sentences.add(s.strip());
          }
        }
      }
    }
    String[] syllables = ("ka lo mi ra te su vo na ri del bar ton gan ves pol mar len cor fin"
        + " sta bri que zor ath ule pen dor").split(" ");
    String[] sections = {"World", "Politics", "Business", "Culture", "Science", "Sport"};
    String[] tags = {"Russia", "Intelligence", "Nato", "Elections", "Trade", "Climate",
        "Health", "Energy", "Courts", "Technology"};
    Random random = new Random(20170516);
    for (int i = 0; i < n; i++) {
      String name = name(random, syllables);
      String place = name(random, syllables);
      int year = 2000 + random.nextInt(25);
      String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12),
          1 + random.nextInt(28));
      String section = sections[random.nextInt(sections.length)];
      String lede = sentences.get(random.nextInt(sentences.size()));
      String[] words = lede.split(" ");
      String title = name + " " + String.join(" ", java.util.Arrays.copyOfRange(words, 0,
          Math.min(words.length, 4 + random.nextInt(6)))).replaceAll("[\"“”:]", "") + " in "
          + place;
      StringBuilder body = new StringBuilder(lede).append("\n\n");
      int paragraphs = 3 + random.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        int count = 1 + random.nextInt(3);
        for (int s = 0; s < count; s++) {
          String sentence = sentences.get(random.nextInt(sentences.size()));
          if (random.nextInt(4) == 0) {
            sentence = sentence.replaceFirst("\\bTrump\\b", name);
          }
          body.append(sentence).append(' ');
        }
        if (random.nextInt(3) == 0) {
          body.append(name).append(" spoke in ").append(place).append('.');
        }
        body.append("\n\n");
      }
      String text = "---\ntitle: \"" + title.replace("\"", "") + "\"\ndate: " + date
          + "\nsection: " + section + "\ntags: [" + tags[random.nextInt(tags.length)] + ", "
          + tags[random.nextInt(tags.length)] + "]\n---\n\n" + body;
      Path file = out.resolve(section.toLowerCase() + "/" + (i / 1000) + "/" + date + "-" + i
          + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  private static String name(Random random, String[] syllables) {
    StringBuilder sb = new StringBuilder();
    int parts = 2 + random.nextInt(2);
    for (int i = 0; i < parts; i++) {
      sb.append(syllables[random.nextInt(syllables.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }
}
