package dev.broadsheet.search;

import java.util.regex.Pattern;

/**
 * Where each fragment of the index lives in the site. The browser computes the same names
 * ({@code assets/search.js}, function {@code termFile}).
 */
final class IndexPaths {
  static final String ROOT = "search/";
  static final String META = ROOT + "meta.js";
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+");
  /** Names Windows reserves whatever the extension; such keys are written in hex instead. */
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private IndexPaths() {}

  /** The shard of terms with key {@code key}: the key itself, or "_" and its UTF-16 in hex. */
  static String shard(String key) {
    String name;
    if (PLAIN.matcher(key).matches() && !RESERVED.matcher(key).matches()) {
      name = key;
    } else {
      StringBuilder sb = new StringBuilder("_");
      for (int i = 0; i < key.length(); i++) {
        sb.append(String.format("%04x", (int) key.charAt(i)));
      }
      name = sb.toString();
    }
    return ROOT + "t/" + name + ".js";
  }

  /** The fragment of a group of articles; a thousand to a folder, so no folder grows huge. */
  static String docs(int group) {
    return ROOT + "d/" + (group / 1000) + "/" + group + ".js";
  }

  /** The articles of one section, for the section filter. */
  static String section(int id) {
    return ROOT + "s/" + id + ".js";
  }
}
