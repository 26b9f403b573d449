package dev.broadsheet.render;

import java.util.List;

/**
 * What the layout needs on every page.
 *
 * @param site        the site
 * @param root        prefix from this page to the site root: relative ({@code ../}) on every
 *                    page but the 404 page, which hosts serve at any path and so gets the
 *                    absolute base URL when there is one
 * @param path        this page's path in the output
 * @param title       the {@code <title>} text
 * @param heading     the page's own title without the site's name, for Open Graph
 * @param description the meta description
 * @param canonical   absolute canonical URL, or empty without a base URL
 * @param ogType      Open Graph type: {@code website} or {@code article}
 * @param meta        extra {@code <meta property>} tags, such as {@code article:tag}
 * @param jsonLd      schema.org JSON-LD, already safe inside a script element, or empty
 * @param isHome      true on the front page
 * @param nav         the site's main sections, for the masthead
 * @param feeds       feeds for {@code <link rel="alternate">} autodiscovery
 */
public record PageView(
    SiteView site,
    String root,
    String path,
    String title,
    String heading,
    String description,
    String canonical,
    String ogType,
    List<MetaTag> meta,
    String jsonLd,
    boolean isHome,
    List<NavLink> nav,
    List<FeedLink> feeds) {

  public PageView {
    meta = List.copyOf(meta);
    nav = List.copyOf(nav);
    feeds = List.copyOf(feeds);
  }

  public boolean hasCanonical() {
    return !canonical.isEmpty();
  }

  /** One {@code <meta property="..." content="...">} tag. */
  public record MetaTag(String property, String content) {}

  /** A link in the site's navigation; {@code current} marks the part of the site shown. */
  public record NavLink(String text, String url, boolean current) {}

  /**
   * A feed of this page's articles.
   *
   * @param type  MIME type: {@code application/atom+xml}, {@code application/rss+xml} or
   *              {@code application/feed+json}
   * @param title e.g. "The Archive: World (Atom)"
   * @param url   relative link to the feed
   */
  public record FeedLink(String type, String title, String url) {}
}
