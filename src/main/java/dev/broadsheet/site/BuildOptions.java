package dev.broadsheet.site;

import dev.broadsheet.config.SiteConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build.
 *
 * @param articles  the folder of article files
 * @param templates a folder of templates overriding the default theme, if any
 * @param out       the output folder
 * @param config    the site configuration
 * @param drafts    include articles marked {@code draft: true}
 * @param future    include articles dated after the clock
 * @param clock     the build's idea of now, for drafts, embargoes and the News sitemap; pinned
 *                  for reproducible builds
 * @param strict    treat every warning as an error: the site is not written if there are any
 * @param keepGoing leave out the articles that cannot be built, rather than stop at the first;
 *                  the failures are listed in the result
 */
public record BuildOptions(Path articles, Optional<Path> templates, Path out, SiteConfig config,
    boolean drafts, boolean future, Instant clock, boolean strict, boolean keepGoing) {
  public BuildOptions {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
  }

  /** Neither strict nor keep-going: warnings are printed and the first failure stops the build. */
  public BuildOptions(Path articles, Optional<Path> templates, Path out, SiteConfig config,
      boolean drafts, boolean future, Instant clock) {
    this(articles, templates, out, config, drafts, future, clock, false, false);
  }

  /** Options for building {@code articles} into {@code out} with the default theme. */
  public static BuildOptions of(Path articles, Path out, SiteConfig config, Instant clock) {
    return new BuildOptions(articles, Optional.empty(), out, config, false, false, clock);
  }

  public BuildOptions withStrict(boolean value) {
    return new BuildOptions(articles, templates, out, config, drafts, future, clock, value,
        keepGoing);
  }

  public BuildOptions withKeepGoing(boolean value) {
    return new BuildOptions(articles, templates, out, config, drafts, future, clock, strict,
        value);
  }
}
