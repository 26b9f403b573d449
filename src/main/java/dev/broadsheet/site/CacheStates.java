package dev.broadsheet.site;

import dev.broadsheet.search.SearchIndexBuilder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The states the related stories and the search index keep in the cache folder from one build
 * to the next. Each is named by a token of the build that wrote it, so that only the one the
 * manifest's build wrote is used; this build's are written beside them and take their place
 * just before its manifest does ({@link #commit}).
 */
final class CacheStates {
  /** The related-stories state of the build that wrote the manifest, named by its token. */
  private static final String RELATED = "related.bin";
  /** The search index's state of the build that wrote the manifest, named by its token. */
  private static final String SEARCH = "search.bin";
  /** Where the article pages were in the table of files ({@link ArticlePageFiles}). */
  private static final String PAGES = "pages.bin";
  /** Which article was at each place of the index ({@link ArticleIdentities}). */
  private static final String IDENTITIES = "identities.bin";
  /** Where the listings' pages were in the table of files ({@link ListingPageFiles}). */
  private static final String LISTINGS = "listings.bin";

  private final Path dir;
  /** The token of the build whose states may be used, or null when none may. */
  private final String previousToken;
  private final String token;

  /**
   * The states in {@code dir}: those of the build named {@code previousToken} are used, unless
   * it is null; this build's are named {@code token}.
   */
  CacheStates(Path dir, String previousToken, String token) {
    this.dir = dir;
    this.previousToken = previousToken;
    this.token = token;
  }

  /** The token of the build that appended to {@code log} and began at {@code startedAt}. */
  static String token(String log, long startedAt) {
    return log + "@" + startedAt;
  }

  /**
   * The related-stories state the build that wrote the manifest left, if it can be used; the
   * caller closes it.
   */
  Optional<InputStream> previousRelated() {
    return previous(RELATED);
  }

  /**
   * Where the build that wrote the manifest put its article pages, if it can be used; the caller
   * closes it.
   */
  Optional<InputStream> previousPages() {
    return previous(PAGES);
  }

  /** Which article was at each place of the last build's index, if it can be used. */
  Optional<InputStream> previousIdentities() {
    return previous(IDENTITIES);
  }

  /** Where the last build put its listings' pages, if it can be used. */
  Optional<InputStream> previousListings() {
    return previous(LISTINGS);
  }

  private Optional<InputStream> previous(String state) {
    if (previousToken == null || !Files.isRegularFile(dir.resolve(state))) {
      return Optional.empty();
    }
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(state)));
      try {
        if (new DataInputStream(in).readUTF().equals(previousToken)) {
          return Optional.of(in);
        }
      } catch (IOException e) {
        // A damaged state is no state: every story is related afresh.
      }
      in.close();
    } catch (IOException e) {
      // As above.
    }
    return Optional.empty();
  }

  /**
   * Where this build writes its related-stories state, which the next build can use once this
   * one commits; the caller closes it.
   */
  OutputStream nextRelated() {
    return next(RELATED);
  }

  /**
   * Where this build notes where it put its article pages, which the next build can use once
   * this one commits; the caller closes it.
   */
  OutputStream nextPages() {
    return next(PAGES);
  }

  /** Where this build notes which article is at each place of its index. */
  OutputStream nextIdentities() {
    return next(IDENTITIES);
  }

  /** Where this build notes where it put its listings' pages. */
  OutputStream nextListings() {
    return next(LISTINGS);
  }

  private OutputStream next(String state) {
    try {
      OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(dir.resolve(state + ".tmp")));
      new DataOutputStream(out).writeUTF(token);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /**
   * Where the search index's state is kept from one build to the next: the previous build's,
   * if it can be used, and this build's, used once this build commits.
   */
  SearchIndexBuilder.Persistence searchPersistence(List<String> slotPaths) {
    Path previous = previousToken != null && Files.isRegularFile(dir.resolve(SEARCH))
        ? dir.resolve(SEARCH) : null;
    return new SearchIndexBuilder.Persistence(previous, previousToken,
        dir.resolve(SEARCH + ".tmp"), token, slotPaths);
  }

  /**
   * Puts the states this build wrote in place. Done before the manifest is: a state whose token
   * does not match the manifest is not used, so a build stopped in between loses no more than
   * the states. Where this build put its pages is of no use to the next when the table of its
   * files is {@code renumbered} ({@link FileTable#renumbered}), nor where it put its listings'.
   */
  void commit(boolean renumbered) throws IOException {
    if (renumbered) {
      Files.deleteIfExists(dir.resolve(PAGES + ".tmp"));
      Files.deleteIfExists(dir.resolve(LISTINGS + ".tmp"));
    }
    for (String state : List.of(RELATED, SEARCH, PAGES, IDENTITIES, LISTINGS)) {
      Path next = dir.resolve(state + ".tmp");
      if (Files.exists(next)) {
        CacheFolder.replace(next, dir.resolve(state));
      }
    }
  }
}
