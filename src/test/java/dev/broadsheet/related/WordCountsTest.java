package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordCountsTest {
  private static Map<String, Integer> asMap(WordCounts counts) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put(counts.word(i), counts.count(i));
    }
    return map;
  }

  /** The words, strongest first. */
  private static String[] words(WordCounts counts) {
    String[] words = new String[counts.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = counts.word(i);
    }
    return words;
  }

  @Test
  void countsTheWordsThatCarryAStoryAndSurviveTheCache() {
    WordCounts counts = WordCounts.of("Café strike", "The café strike goes on; the strike "
        + "x".repeat(41) + " ends.");
    // Folded, stop words and overlong runs of letters left out.
    assertThat(asMap(counts)).containsEntry("cafe", 2).containsEntry("strike", 3)
        .doesNotContainKey("the").doesNotContainKey("x".repeat(41));
    assertThat(asMap(WordCounts.fromBytes(counts.toBytes()))).isEqualTo(asMap(counts));
  }

  @Test
  void theStrongestWordsComeFirstMostFrequentThenLongestThenAlphabetical() {
    WordCounts counts = WordCounts.of("Strike strike strike port port dockers union pay");
    assertThat(words(counts)).containsExactly("strike", "port", "dockers", "union", "pay");
    assertThat(WordCounts.fromBytes(counts.toBytes()).word(0)).isEqualTo("strike");
  }

  @Test
  void bytesThatAreNotCountsAreRefused() {
    byte[] bytes = WordCounts.of("Bridge closure in Leeds").toBytes();
    assertThatThrownBy(() -> WordCounts.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordCounts.fromBytes(new byte[] {127, 0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordCounts.fromTrustedBytes(bytes, 0, bytes.length - 1))
        .isInstanceOf(IllegalArgumentException.class);
    // Two words, the weaker first: counts in another order would relate stories differently.
    byte[] swapped = {0, 0, 0, 2, 0, 3, 'p', 'a', 'y', 0, 1, 0, 4, 'p', 'o', 'r', 't', 0, 2};
    assertThatThrownBy(() -> WordCounts.fromBytes(swapped))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsAreReadInPlaceFromTheMiddleOfABiggerArray() {
    WordCounts counts = WordCounts.of("Strike at the port: dockers strike over pay");
    byte[] bytes = counts.toBytes();
    byte[] padded = new byte[bytes.length + 9];
    System.arraycopy(bytes, 0, padded, 5, bytes.length);
    WordCounts read = WordCounts.fromBytes(padded, 5, bytes.length);
    assertThat(asMap(read)).isEqualTo(asMap(counts));
    assertThat(read.toBytes()).isEqualTo(bytes);
    // As the build cache reads them, its checksum having vouched for them.
    WordCounts trusted = WordCounts.fromTrustedBytes(padded, 5, bytes.length);
    assertThat(words(trusted)).isEqualTo(words(counts));
    assertThat(asMap(trusted)).isEqualTo(asMap(counts));
  }

  @Test
  void wordsOutsideAsciiAreOrderedAndCheckedAsStrings() {
    // Equally frequent: the longer in characters first, though "日本語" is longer in bytes.
    WordCounts counts = WordCounts.of("日本語 αλφα strikes");
    assertThat(words(counts)).containsExactly("strikes", "αλφα", "日本語");
    assertThat(WordCounts.fromBytes(counts.toBytes()).word(1)).isEqualTo("αλφα");
    // The same two words the other way round.
    byte[] alpha = "αλφα".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] omega = "日本語".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.ByteBuffer swapped = java.nio.ByteBuffer.allocate(4 + 8 + alpha.length
        + omega.length).putInt(2);
    swapped.putShort((short) omega.length).put(omega).putShort((short) 1);
    swapped.putShort((short) alpha.length).put(alpha).putShort((short) 1);
    assertThatThrownBy(() -> WordCounts.fromBytes(swapped.array()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The counting rule written plainly, with strings and a map: the words of {@link Words}' rule
   * (letters and digits as UTF-16 units, lower case, diacritics folded, three to forty letters, not all digits,
   * no stop words), the first 250 of them, strongest first.
   */
  private static List<Map.Entry<String, Integer>> plainly(String... parts) throws Exception {
    Set<String> stop = new HashSet<>();
    try (var in = Words.class.getResourceAsStream("stop-words.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          stop.add(line.strip());
        }
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    int given = 0;
    for (String part : parts) {
      // Letters and digits one UTF-16 unit at a time: half a surrogate pair ends a word.
      StringBuilder runs = new StringBuilder();
      part.chars().forEach(c -> runs.append(Character.isLetterOrDigit((char) c) ? (char) c : ' '));
      for (String word : runs.toString().trim().split(" +")) {
        if (given == 250) {
          break;
        }
        if (word.length() < 3 || word.length() > 40 || word.chars().noneMatch(Character::isLetter)) {
          continue;
        }
        String lower = word.chars().mapToObj(c -> String.valueOf(Character.toLowerCase((char) c)))
            .collect(Collectors.joining());
        String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (folded.length() >= 3 && !stop.contains(folded)) {
          counts.merge(folded, 1, Integer::sum);
          given++;
        }
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
        .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
    return sorted;
  }

  private static List<Map.Entry<String, Integer>> entries(WordCounts counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      entries.add(Map.entry(counts.word(i), counts.count(i)));
    }
    return entries;
  }

  @Test
  void anyTextIsCountedAsTheRuleWrittenPlainlyCountsIt() throws Exception {
    String[] vocabulary = {"strike", "Strike", "STRIKE", "the", "The", "about", "café", "Café",
        "cafe\u0301", "naïve", "Ærø", "日本語", "αλφα", "Straße", "x", "ab", "abc", "1999",
        "7th", "port", "dockers", "union", "pay", "İstanbul", "ǅemal", "a".repeat(40),
        "b".repeat(41), "o'clock", "well-known", "\uD835\uDC00bc", "e\u0301e\u0301e\u0301"};
    String[] gaps = {" ", "  ", ", ", ". ", "\n\n", "—", "'", "-", "\u00a0", "…"};
    Random random = new Random(20261130);
    for (int round = 0; round < 400; round++) {
      String[] parts = new String[1 + random.nextInt(3)];
      for (int p = 0; p < parts.length; p++) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(round < 200 ? 40 : 400);
        for (int w = 0; w < words; w++) {
          text.append(vocabulary[random.nextInt(vocabulary.length)])
              .append(gaps[random.nextInt(gaps.length)]);
        }
        parts[p] = text.toString();
      }
      assertThat(entries(WordCounts.of(parts))).as(String.join(" | ", parts))
          .isEqualTo(plainly(parts));
    }
  }
}
