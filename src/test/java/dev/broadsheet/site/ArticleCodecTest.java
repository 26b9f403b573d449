package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.Caption;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** A cached article must build the same pages as the article read from its file. */
class ArticleCodecTest {
  private static final SourceFile SOURCE = new SourceFile(Path.of("articles"), "2024/a.md");

  private static Article article(String slug, String headline, Map<String, Object> extra,
      Optional<Caption> caption) {
    ZonedDateTime date = ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 123_456_789,
        ZoneId.of("Europe/London"));
    return new Article(SOURCE, slug, headline, "A dek — with a dash", List.of("Ann Ödegaard",
        "Bo"), "The Gazette", "Wörld", List.of("tag one", "日本"), "A summary. Two sentences.",
        Optional.of(new ArticleDate(date, false)),
        Optional.of(new ArticleDate(date.plusDays(1).withZoneSameInstant(ZoneId.of("UTC")),
            true)), true, 421, caption, extra);
  }

  private static byte[] encode(Article a, List<Warning> warnings) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArticleCodec.write(new DataOutputStream(bytes), a, warnings);
    return bytes.toByteArray();
  }

  private static ArticleCodec.Decoded decode(byte[] bytes, int offset) throws Exception {
    return ArticleCodec.read(ByteBuffer.wrap(bytes, offset, bytes.length - offset).slice(),
        SOURCE, new ConcurrentHashMap<>(), new SharedNames(),
        (at, length) -> Arrays.copyOfRange(bytes, (int) at, (int) at + length), offset);
  }

  @Test
  void everyFieldComesBackAsItWentIn() throws Exception {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("kicker", "Exclusive");
    extra.put("count", 3L);
    extra.put("ratio", 0.25);
    extra.put("flag", false);
    extra.put("nothing", null);
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("names", List.of("x", "ÿ", 7L));
    extra.put("nested", nested);
    List<Warning> warnings = List.of(new Warning(SOURCE.relativePath(), "odd date"),
        new Warning(SOURCE.relativePath(), "no headline — first line used"));
    for (String slug : List.of("a-plain-slug", "café-zürich", "")) {
      Article a = article(slug, "Headline: “quoted” and 😀", extra,
          Optional.of(new Caption("Photo", "A caption", "Credit")));
      ArticleCodec.Decoded back = decode(encode(a, warnings), 0);
      assertThat(back.article()).as(slug).isEqualTo(a);
      assertThat(back.warnings()).isEqualTo(warnings);
      assertThat(back.article().extra()).containsExactlyEntriesOf(a.extra());
    }
  }

  @Test
  void anArticleIsReadFromTheMiddleOfABiggerBuffer() throws Exception {
    Article a = article("slug", "Headline", Map.of(), Optional.empty());
    byte[] encoded = encode(a, List.of());
    byte[] padded = new byte[encoded.length + 7];
    Arrays.fill(padded, (byte) 0x55);
    System.arraycopy(encoded, 0, padded, 7, encoded.length);
    assertThat(decode(padded, 7).article()).isEqualTo(a);
  }

  @Test
  void theTextsAreReadFromWhereTheEntryKeepsThemAndAChangeThereIsFoundOut() throws Exception {
    Article a = article("slug", "Headline", Map.of(), Optional.empty());
    byte[] encoded = encode(a, List.of());
    Article back = decode(encoded, 0).article();
    assertThat(back.headline()).isEqualTo("Headline");
    encoded[ArticleCodec.TEXTS_AT] = 'J';
    assertThatThrownBy(back::headline).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("changed where they were kept");
  }

  @Test
  void textsSplitPastTheirEndAreRefused() throws Exception {
    byte[] encoded = encode(article("slug", "Headline", Map.of(), Optional.empty()), List.of());
    int length = ByteBuffer.wrap(encoded).getInt(0);
    ByteBuffer.wrap(encoded).putInt(2 * Integer.BYTES, length + 1);
    assertThatThrownBy(() -> decode(encoded, 0)).isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("texts split at");
  }

  @Test
  void cutShortBytesAreRefused() throws Exception {
    byte[] encoded = encode(article("slug", "Headline", new HashMap<>(), Optional.empty()),
        List.of());
    for (int length : new int[] {0, 1, encoded.length / 2, encoded.length - 1}) {
      byte[] cut = Arrays.copyOf(encoded, length);
      assertThatThrownBy(() -> decode(cut, 0)).as("%d bytes", length)
          .isInstanceOfAny(java.io.IOException.class, RuntimeException.class);
    }
  }
}
