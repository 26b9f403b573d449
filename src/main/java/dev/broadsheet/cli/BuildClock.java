package dev.broadsheet.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The build's idea of now. Reproducible builds pin it: {@code SOURCE_DATE_EPOCH} (seconds since
 * the epoch, the reproducible-builds.org convention) when set, else {@code --clock}, else the
 * real time.
 */
final class BuildClock {
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private BuildClock() {}

  static Instant resolve(Map<String, String> env, Optional<Instant> option) {
    String epoch = env.get(SOURCE_DATE_EPOCH);
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be a whole number of"
            + " seconds since 1970-01-01, not '" + epoch + "'");
      }
    }
    return option.orElseGet(Instant::now);
  }

  /** 2017-05-18T12:00:00Z, 2017-05-18T13:00:00+01:00 or 2017-05-18 (midnight UTC). */
  static Instant parse(String value) {
    String v = value.strip();
    if (v.length() <= 10) {
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return OffsetDateTime.parse(v).toInstant();
  }
}
