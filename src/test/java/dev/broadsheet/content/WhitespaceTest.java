package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a b c|a b c",
      "\"  a  b  \"|a b",
      "\"a\tb\r\nc\"|a b c",
      "\"a\u00A0\u00A0b\u3000c\u2009d\"|a b c d",
      "\"   \"|\"\"",
      "\"\"|\"\"",
      "\"a \"|a",
      "\" a\"|a",
      "\"a\u2028b\"|a b"})
  void runsOfWhitespaceBecomeOneSpaceAndEndsAreTrimmed(String in, String out) {
    assertThat(Whitespace.collapse(in)).isEqualTo(out);
  }
}
