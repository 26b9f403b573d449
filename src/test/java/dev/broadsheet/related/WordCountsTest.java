package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCountsTest {
  private static Map<String, Integer> asMap(WordCounts counts) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put(counts.word(i), counts.count(i));
    }
    return map;
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
    String[] words = new String[counts.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = counts.word(i);
    }
    assertThat(words).containsExactly("strike", "port", "dockers", "union", "pay");
    assertThat(WordCounts.fromBytes(counts.toBytes()).word(0)).isEqualTo("strike");
  }

  @Test
  void bytesThatAreNotCountsAreRefused() {
    byte[] bytes = WordCounts.of("Bridge closure in Leeds").toBytes();
    assertThatThrownBy(() -> WordCounts.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WordCounts.fromBytes(new byte[] {127, 0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    // Two words, the weaker first: counts in another order would relate stories differently.
    byte[] swapped = {0, 0, 0, 2, 0, 3, 'p', 'a', 'y', 0, 1, 0, 4, 'p', 'o', 'r', 't', 0, 2};
    assertThatThrownBy(() -> WordCounts.fromBytes(swapped))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
