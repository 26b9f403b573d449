package dev.broadsheet.archive;

import java.time.YearMonth;

/**
 * Where each page lives in the output, and how pages link to one another. Every internal link is
 * relative and names a file, never a folder, so it works from {@code file://}, at a host's root
 * and under a sub-path alike. The first page of a listing is the {@code index.html} of its
 * folder; later pages are {@code page/N.html} inside it.
 */
public final class SitePaths {
  public static final String INDEX = "index.html";
  public static final String ARTICLES = "articles/";
  public static final String ASSETS = "assets/";
  public static final String ARCHIVE = "archive/";
  public static final String NOT_FOUND = "404.html";
  public static final String SEARCH = "search.html";
  public static final String ROBOTS = "robots.txt";
  public static final String SITEMAP = "sitemap.xml";
  public static final String NEWS_SITEMAP = "news-sitemap.xml";
  public static final String ATOM = "feed.xml";
  public static final String RSS = "rss.xml";
  public static final String JSON_FEED = "feed.json";

  private SitePaths() {}

  /** The output path of an article page. Slugs are safe by construction (see Slugs). */
  public static String article(String slug) {
    return ARTICLES + slug + ".html";
  }

  /**
   * Page {@code n} (from 1) of the listing whose folder is {@code folder} ("" for the front
   * page, else ending in "/").
   */
  public static String page(String folder, int n) {
    return n <= 1 ? folder + INDEX : folder + "page/" + n + ".html";
  }

  /** The folder of a term's pages, e.g. {@code tags/russia/}. */
  public static String term(TermKind kind, String slug) {
    return kind.folder() + slug + "/";
  }

  /** The overview of every term of a kind, e.g. {@code tags/index.html}. */
  public static String terms(TermKind kind) {
    return kind.folder() + INDEX;
  }

  public static String year(int year) {
    return ARCHIVE + year + "/";
  }

  public static String month(YearMonth month) {
    int m = month.getMonthValue();
    // Not String.format: its first call in a build costs more than every folder together.
    return ARCHIVE + month.getYear() + (m < 10 ? "/0" : "/") + m + "/";
  }

  public static String undated() {
    return ARCHIVE + "undated/";
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

  /** A link from the page at {@code from} to the file at {@code to}, both site paths. */
  public static String relative(String from, String to) {
    return root(from) + to;
  }
}
