package dev.broadsheet.site;

import dev.broadsheet.related.WordCounts;
import dev.broadsheet.search.TermCounts;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * The previous build's cache entries for its articles, by path, while this build reads its own
 * ({@link #allRead}). An entry this build reuses is let go of as it is taken, so that what is
 * left once every article is read is what was not reused: changed, gone or damaged.
 */
final class PreviousEntries {
  /** None, or the previous build's entries, if they were made from this build's inputs. */
  private FileEntries sources;
  /** The log their index and body parts are in, or null when it is gone. */
  private final CacheLog log;

  PreviousEntries(FileEntries sources, CacheLog log) {
    this.sources = sources;
    this.log = log;
  }

  /**
   * The entry of the article at {@code path}, the {@code number}th of this build's files, or
   * null when there is none to reuse.
   */
  CachedFile get(int number, String path) {
    return sources.get(number, path);
  }

  /**
   * Lets go of the entry of the article at {@code path}, which this build took: held once, not
   * twice, to the end of the reading, as a rebuild of a million articles ran out of a 1.5 GB
   * heap that the full build had fitted in.
   */
  void taken(int number, String path) {
    sources.discard(number, path);
  }

  /**
   * Lets go of every entry once this build has read all of its own articles: for a million
   * articles they are a quarter of a gigabyte the rest of the build can use.
   */
  void allRead() {
    sources = FileEntries.none();
  }

  /** The paths of the articles this build did not take as they were; only until {@link #allRead}. */
  Set<String> notTaken() {
    return Collections.unmodifiableSet(sources.keySet());
  }

  /**
   * The search terms the previous build had for the article at {@code path}, if they can be
   * found; only until {@link #allRead}.
   */
  Optional<TermCounts> terms(String path) {
    return part(path, s -> EntryParts.terms(log.read(s.index(), s.indexLength())));
  }

  /**
   * The related-story words the previous build had for the article at {@code path}, if they
   * can be found; only until {@link #allRead}.
   */
  Optional<WordCounts> words(String path) {
    return part(path, s -> EntryParts.words(log.read(s.index(), s.indexLength())));
  }

  /** A part of the entry for the article at {@code path}, read by {@code part}. */
  private <T> Optional<T> part(String path, EntryPart<T> part) {
    CachedFile s = sources.get(path);
    if (s == null || log == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(part.read(s));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @FunctionalInterface
  private interface EntryPart<T> {
    T read(CachedFile source) throws IOException;
  }
}
