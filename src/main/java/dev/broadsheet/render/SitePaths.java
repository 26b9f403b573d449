package dev.broadsheet.render;

/**
 * Where each page lives in the output, and how pages link to one another. Every internal link is
 * relative and names a file, never a folder, so it works from {@code file://}, at a host's root
 * and under a sub-path alike.
 */
public final class SitePaths {
  public static final String INDEX = "index.html";
  public static final String ARTICLES = "articles/";
  public static final String ASSETS = "assets/";

  private SitePaths() {}

  /** The output path of an article page. Slugs are safe by construction (see Slugs). */
  public static String article(String slug) {
    return ARTICLES + slug + ".html";
  }

  /** The relative prefix from the page at {@code path} to the site root: "" or "../" etc. */
  public static String root(String path) {
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }
}
