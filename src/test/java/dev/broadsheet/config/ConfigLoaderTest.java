package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.testing.Sites;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void readsEveryKey() {
    Path file = Sites.write(dir, "broadsheet.yaml", """
        title: The Daily Archive
        description: Every story since 1912
        base_url: https://example.org/archive
        language: en-GB
        timezone: Europe/London
        max_article_size: 8 MB
        """);
    SiteConfig c = ConfigLoader.load(file);
    assertThat(c.title()).isEqualTo("The Daily Archive");
    assertThat(c.description()).isEqualTo("Every story since 1912");
    assertThat(c.baseUrl()).hasValueSatisfying(u ->
        assertThat(u).hasToString("https://example.org/archive/"));
    assertThat(c.language()).isEqualTo("en-GB");
    assertThat(c.timezone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(c.limits().maxArticleBytes()).isEqualTo(8L * 1024 * 1024);
  }

  @Test
  void anEmptyFileGivesTheDefaults() {
    assertThat(ConfigLoader.load(Sites.write(dir, "c.yaml", ""))).isEqualTo(SiteConfig.defaults());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      titel: x|:1: 'titel' is not a config key; known keys: base_url, description
      'title: x\\ntimezone: Mars/Olympus'|:2: 'timezone' must be a time zone
      base_url: ftp://example.org|:1: 'base_url' 'ftp://example.org' must be an absolute http:// or https:// URL
      'language: [en]'|:1: 'language' must be text, not a list
      max_article_size: lots|:1: 'max_article_size' must be a size such as 5 MB
      title: ''|:1: 'title' must not be empty
      '- a\\n- b'|:1: expected 'key: value' lines, found a list
      raw_html: sometimes|:1: 'raw_html' must be true or false, not text
      'title: x\\ntitle: y'|:2: 'title' is given twice
      """)
  void badConfigIsAnErrorNamingFileAndLine(String yaml, String message) {
    assertBadConfig(yaml.replace("\\n", "\n"), message);
  }

  @Test
  void hostileConfigIsAnErrorNotACrash() {
    assertBadConfig("title: " + "[".repeat(50_000), ": invalid YAML: nested too deeply");
    StringBuilder laughs = new StringBuilder("a: &a [" + "lol, ".repeat(8) + "lol]\n");
    for (char k = 'b'; k <= 'e'; k++) {
      String alias = "*" + (char) (k - 1);
      laughs.append(k).append(": &").append(k).append(" [")
          .append((alias + ", ").repeat(8)).append(alias).append("]\n");
    }
    assertBadConfig(laughs.toString(), ":5: 'e' is too large");
    assertBadConfig("title: !!java.lang.Runtime x\n", ":1: 'title' has an unsupported type");
  }

  @Test
  void rawHtmlIsOffUnlessSwitchedOn() {
    assertThat(SiteConfig.defaults().rawHtml()).isFalse();
    assertThat(ConfigLoader.load(Sites.write(dir, "c.yaml", "raw_html: true\n")).rawHtml())
        .isTrue();
  }

  private void assertBadConfig(String yaml, String message) {
    Path file = Sites.write(dir, "c.yaml", yaml);
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + message);
  }
}
