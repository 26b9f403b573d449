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

  @Test
  void aFixedPartIsItsBytesAndANegativeNumberIsRefused() {
    byte[] table = {9, 8, 7, 6, 5};
    assertThat(spelled(new KeyInputs(0).fixed(table, 1, 3))).containsExactly(8, 7, 6);
    assertThatThrownBy(() -> new KeyInputs(4).number(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
