package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigTest {
  @Test
  void spellsEverySettingAsARecordDoes() {
    SiteConfig config = new SiteConfig("The Ledger", "Every story since 1990",
        Optional.of(URI.create("https://ledger.example/")), "en-GB", ZoneId.of("Europe/London"),
        new SiteConfig.Limits(1234), 30, 2000, true);

    assertThat(config.toString()).isEqualTo(RecordSpelling.of(config));
    assertThat(config.limits().toString()).isEqualTo(RecordSpelling.of(config.limits()));
    assertThat(SiteConfig.defaults().toString())
        .isEqualTo(RecordSpelling.of(SiteConfig.defaults()));
  }
}
