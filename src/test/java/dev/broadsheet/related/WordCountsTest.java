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
}
