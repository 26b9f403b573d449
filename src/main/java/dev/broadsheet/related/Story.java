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
    // name given in lower case already is kept as it is, not copied, and so is a list of tags
    // already in lower case, sorted and distinct: a million stories share such lists.
    section = section.toLowerCase(Locale.ROOT);
    tags = normal(tags) ? List.copyOf(tags)
        : tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
  }

  /** Whether {@code tags} are in lower case, sorted and distinct. */
  private static boolean normal(List<String> tags) {
    String previous = null;
    for (String tag : tags) {
      if (!tag.equals(tag.toLowerCase(Locale.ROOT))
          || previous != null && previous.compareTo(tag) >= 0) {
        return false;
      }
      previous = tag;
    }
    return true;
  }
}
