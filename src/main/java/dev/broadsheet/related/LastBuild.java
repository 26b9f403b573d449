package dev.broadsheet.related;

import java.io.InputStream;
import java.util.Optional;

/**
 * What the last build left for a rebuild's related stories: its state, and the words of the
 * stories this build read, for the stories it {@link RelatedIndexBuilder#keep keeps}.
 */
public interface LastBuild {
  /** The state the last build wrote (a fresh stream at each call), or empty. */
  Optional<InputStream> state();

  /**
   * The words of the story known by {@code key} as this build read it, or empty if it read no
   * such story.
   *
   * @throws RuntimeException when they cannot be read back (a damaged cache, say)
   */
  Optional<WordCounts> words(String key);
}
