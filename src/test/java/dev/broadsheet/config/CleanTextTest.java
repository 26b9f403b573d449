package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

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
