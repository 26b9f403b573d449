package dev.broadsheet.site;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.render.Theme;
import java.util.ArrayList;
import java.util.List;

/**
 * What the build cache was made under: a cache made under other keys is not used, and the
 * build starts afresh.
 */
final class CacheKeys {
  private CacheKeys() {}

  /** What reading an article depends on besides its file: the code and the configuration. */
  static String input(SiteConfig config) {
    return Digests.hex(Digests.of("input", CodeFingerprint.of(), config.toString()));
  }

  /** What rendering depends on besides the views: reading, and every file of the theme. */
  static String output(String inputKey, Theme theme) {
    List<String> parts = new ArrayList<>(List.of("output", inputKey));
    List<String> files = new ArrayList<>(theme.templateNames());
    files.addAll(theme.assetNames());
    for (String name : files) {
      parts.add(name);
      theme.find(name).ifPresent(f -> parts.add(Digests.hex(Digests.content(f.bytes()))));
    }
    return Digests.hex(Digests.of(parts.toArray(String[]::new)));
  }
}
