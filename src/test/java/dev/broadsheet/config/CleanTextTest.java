package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What may not reach a page or feed goes; everything a reader can see stays. */
class CleanTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      a\\u0000b\\u0001c\\u001Fd|abcd
      tab\\tline\\ncr\\r|tab\\tline\\ncr\\r
      del\\u007Fc1\\u0085\\u009F|delc1
      lone\\uD800high\\uDC00low|lonehighlow
      non\\uFFFEchar\\uFFFF\\uFDD0\\uFDEF|nonchar
      emoji \\uD83C\\uDF89, plane 16 \\uDBFF\\uDFFF.|emoji \\uD83C\\uDF89, plane 16 .
      caf\\u00E9 \\u65B0\\u95FB \\u0623\\u062E\\u0628\\u0627\\u0631|caf\\u00E9 \\u65B0\\u95FB \\u0623\\u062E\\u0628\\u0627\\u0631
      """)
  void removesOnlyWhatNoPageOrFeedMayHold(String input, String expected) {
    assertThat(CleanText.of(unescape(input))).isEqualTo(unescape(expected));
  }

  @Test
  void utf8WithABadCharacterIsAlwaysLookedAtAndPlainTextIsNot() {
    // Whole code points only: a lone surrogate has no UTF-8.
    String[] alphabet = {"a", " ", "\n", "\t", "\r", "\u00E9", "\u00A0", "\u2014", "\u201C",
        "\u65B0", "\uD7FF", "\uE000", "\uFDCF", "\uFDD0", "\uFDEF", "\uFDF0", "\uFFFD",
        "\uFFFE", "\uFFFF", "\u0000", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0", "\u00A3",
        "\uD83C\uDF89", "\uD83F\uDFFE", "\uDBFF\uDFFF", "\uDBFF\uDFFD"};
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        sb.append(random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : "x");
      }
      String text = sb.toString();
      if (!CleanText.of(text).equals(text)) {
        assertThat(CleanText.mayHoldBad(text.getBytes(StandardCharsets.UTF_8)))
            .as("%s", text.chars().mapToObj(Integer::toHexString).toList()).isTrue();
      }
    }
    assertThat(CleanText.mayHoldBad(
        "\u201CCaf\u00E9 \u65B0\u95FB,\u201D\tshe said\r\n\u2014 \u00A3\u00A01\u00BD"
            .getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void anyMixOfGoodAndBadCharactersLosesExactlyTheBadCodePoints() {
    // Clean runs of every length before, between and after bad characters, pairs split or not.
    char[] alphabet = {'a', ' ', '\n', '\t', '\r', '\u00E9', '\u2014', '\u65B0', '\u0000',
        '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\uD7FF', '\uD83C', '\uDF89',
        '\uDBFF', '\uDFFF', '\uE000', '\uFDCF', '\uFDD0', '\uFDEF', '\uFDF0', '\uFFFD',
        '\uFFFE', '\uFFFF'};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x');
      }
      String text = sb.toString();
      assertThat(CleanText.of(text)).as("%s", text.chars().mapToObj(Integer::toHexString)
          .toList()).isEqualTo(keepingGoodCodePoints(text));
    }
  }

  /** The rule, by code point, as slowly and plainly as it can be written. */
  private static String keepingGoodCodePoints(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().filter(cp -> !(cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
            || cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF
            || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** CSV cannot hold these characters, so the cases are written as Java escapes. */
  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        char e = s.charAt(++i);
        sb.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
