package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyInputsTest {
  private static byte[] spelled(KeyInputs in) {
    return Arrays.copyOf(in.bytes(), in.size());
  }

  /**
   * Pages whose inputs differ must not share a key. A page's inputs follow its kind's fixed
   * order, lists behind their size, as here: a list of texts, then a list of numbers.
   */
  @Test
  void differentInputsInTheSameOrderSpellDifferentBytes() {
    List<String> texts = List.of("", "a", "ab", "b", "\t", "\n", "\u00e9", "\u20ac", "a\nb");
    Random random = new Random(3);
    Set<String> inputs = new HashSet<>();
    Set<String> spellings = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      KeyInputs in = new KeyInputs(1);
      List<String> someTexts = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        someTexts.add(texts.get(random.nextInt(texts.size())));
      }
      List<Integer> numbers = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        numbers.add(random.nextInt(3) == 0 ? random.nextInt(1 << 20) : random.nextInt(200));
      }
      in.number(someTexts.size());
      someTexts.forEach(in::text);
      in.number(numbers.size());
      numbers.forEach(in::number);
      if (inputs.add(someTexts + "|" + numbers)) {
        spellings.add(Arrays.toString(spelled(in)));
      }
    }
    assertThat(inputs).hasSizeGreaterThan(1_000);
    assertThat(spellings).hasSameSizeAs(inputs);
  }

  /** Times go in as signed numbers: each, however large either way, spells its own bytes. */
  @Test
  void everySignedNumberSpellsItsOwnBytes() {
    Random random = new Random(11);
    List<Long> numbers = new ArrayList<>(List.of(0L, 1L, -1L, 63L, -64L, 64L, -65L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1L << 62, -(1L << 62)));
    for (int i = 0; i < 20_000; i++) {
      // Spread over every length of encoding, not bunched at the largest.
      numbers.add(random.nextLong() >> random.nextInt(64));
    }
    Set<Long> distinct = new HashSet<>();
    Set<String> spellings = new HashSet<>();
    for (long n : numbers) {
      if (distinct.add(n)) {
        // Two of them in a row: each must also end where the next begins.
        spellings.add(Arrays.toString(spelled(new KeyInputs(1).signed(n).signed(n >> 1))));
      }
    }
    assertThat(spellings).hasSameSizeAs(distinct);
    assertThat(spelled(new KeyInputs(1).signed(-1))).hasSize(1);
    assertThat(spelled(new KeyInputs(1).signed(Long.MIN_VALUE))).hasSize(10);
  }

  /** A text is its UTF-8 length, then its UTF-8, whether or not it is all ASCII. */
  @Test
  void aTextIsSpelledAsItsUtf8BehindItsLength() {
    for (String text : List.of("", "abc", "a\u00e9", "\u20ac", "x".repeat(200),
        "x".repeat(199) + "\u00e9", "\u007f\u0080")) {
      byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] expected = spelled(new KeyInputs(1).number(utf8.length).fixed(utf8, 0, utf8.length));
      // After another part, so that a text that is not ASCII is seen to start where it should.
      byte[] spelled = spelled(new KeyInputs(1).number(7).text(text));
      assertThat(Arrays.copyOfRange(spelled, 1, spelled.length)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void aFixedPartIsItsBytesAndANegativeNumberIsRefused() {
    byte[] table = {9, 8, 7, 6, 5};
    assertThat(spelled(new KeyInputs(0).fixed(table, 1, 3))).containsExactly(8, 7, 6);
    assertThatThrownBy(() -> new KeyInputs(4).number(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
