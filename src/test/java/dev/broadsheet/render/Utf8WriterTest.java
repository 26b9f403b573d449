package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Alphabets;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  @Test
  void writesTheBytesStringGetBytesGivesHoweverTheTextIsSplit() {
    // ASCII, Latin-1, a dash, a CJK character, an emoji's two halves and lone halves.
    String alphabet = "a<\u00e9\u2014\u4e2d\ud83d\ude00\ud800\udc00";
    Random random = new Random(5);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Utf8Writer out = new Utf8Writer(1 + random.nextInt(8));
      int i = 0;
      while (i < s.length()) {
        // Short and long pieces: long strings take another way.
        int end = Math.min(s.length(), i + 1 + random.nextInt(random.nextBoolean() ? 5 : 60));
        switch (random.nextInt(3)) {
          case 0 -> out.write(s, i, end - i);
          case 1 -> out.write(s.substring(i, end).toCharArray(), 0, end - i);
          default -> {
            for (int k = i; k < end; k++) {
              out.write(s.charAt(k));
            }
          }
        }
        i = end;
      }
      assertThat(out.toByteArray()).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Values escaped in place come out as Mustache.java's own escaper writes them. */
  @Test
  void escapesValuesAsMustacheDoes() {
    String alphabet = Alphabets.everyAsciiCharacterAnd(
        "\u00e9\u2014\ud83d\ude00\ud800\udc00 plain words ");
    Random random = new Random(11);
    for (int n = 0; n < 3000; n++) {
      Utf8Writer fast = new Utf8Writer(1 + random.nextInt(8));
      Utf8Writer mustache = new Utf8Writer(1 + random.nextInt(8));
      StringBuilder written = new StringBuilder();
      for (int v = random.nextInt(4); v >= 0; v--) {
        StringBuilder value = new StringBuilder();
        for (int k = random.nextInt(random.nextBoolean() ? 8 : 80); k > 0; k--) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = value.toString();
        written.append('|').append(s);
        if (random.nextBoolean()) {
          // Literal template text between values, which may end in half a surrogate pair.
          String literal = random.nextBoolean() ? "<p>" : "x\ud83d";
          fast.write(literal, 0, literal.length());
          mustache.write(literal, 0, literal.length());
        }
        fast.writeEscaped(s);
        com.github.mustachejava.util.HtmlEscaper.escape(s, mustache);
      }
      assertThat(fast.toByteArray()).as(written.toString()).isEqualTo(mustache.toByteArray());
    }
  }
}
