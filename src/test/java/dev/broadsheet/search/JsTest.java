package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Alphabets;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsTest {
  @Test
  void aLiteralWrittenAsUtf8IsTheLiteralAsAStringEncoded() {
    String alphabet = Alphabets.everyAsciiCharacterAnd(
        "\u00e9\u2014\u2028\u2029\u4e2d\ud83d\ude00\ud800\udc00 words ");
    Random random = new Random(3);
    for (int n = 0; n < 5000; n++) {
      char[] chars = new char[random.nextInt(random.nextBoolean() ? 6 : 200)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      // Only the first characters are the text: a lone half may sit at its very end.
      int length = chars.length == 0 ? 0 : random.nextInt(chars.length + 1);
      String text = new String(chars, 0, length);
      ByteSink out = new ByteSink(1);
      Js.utf8String(out, chars, length);
      assertThat(out.toByteArray()).as(text).isEqualTo(
          Js.string(new StringBuilder(), text).toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
