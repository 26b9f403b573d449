package dev.broadsheet.related;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the boosts of related stories look at, besides the text.
 *
 * @param key      the key its text was added under
 * @param section  its section, or empty
 * @param tags     its tags
 * @param epochDay its publication day, or {@link #UNDATED}
 */
public record Story(String key, String section, List<String> tags, long epochDay) {
  public static final long UNDATED = Long.MIN_VALUE;

  public Story {
    Objects.requireNonNull(key, "key");
    // Tags and sections are compared the way the archive groups them: case-insensitively. A
    // name given in lower case already is kept as it is, not copied.
    section = section.toLowerCase(Locale.ROOT);
    tags = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
  }
}
