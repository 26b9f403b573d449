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
 */
public record BuildOptions(Path articles, Optional<Path> templates, Path out, SiteConfig config,
    boolean drafts, boolean future, Instant clock) {
  public BuildOptions {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
  }

  /** Options for building {@code articles} into {@code out} with the default theme. */
  public static BuildOptions of(Path articles, Path out, SiteConfig config, Instant clock) {
    return new BuildOptions(articles, Optional.empty(), out, config, false, false, clock);
  }
}
