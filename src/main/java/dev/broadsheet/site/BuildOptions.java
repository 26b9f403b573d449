package dev.broadsheet.site;

import dev.broadsheet.config.SiteConfig;
import java.nio.file.Path;
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
 */
public record BuildOptions(Path articles, Optional<Path> templates, Path out, SiteConfig config,
    boolean drafts) {
  public BuildOptions {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(config, "config");
  }
}
