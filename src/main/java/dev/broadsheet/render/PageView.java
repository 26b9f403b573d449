package dev.broadsheet.render;

import java.util.List;

/**
 * What the layout needs on every page.
 *
 * @param root        relative prefix from this page to the site root, e.g. {@code ../}
 * @param path        this page's path in the output
 * @param title       the {@code <title>} text
 * @param heading     the page's own title without the site's name, for Open Graph
 * @param description the meta description
 * @param canonical   absolute canonical URL, or empty without a base URL
 * @param ogType      Open Graph type: {@code website} or {@code article}
 * @param meta        extra {@code <meta property>} tags, such as {@code article:tag}
 * @param jsonLd      schema.org JSON-LD, already safe inside a script element, or empty
 * @param isHome      true on the front page
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
    boolean isHome) {

  public PageView {
    meta = List.copyOf(meta);
  }

  public boolean hasCanonical() {
    return !canonical.isEmpty();
  }

  /** One {@code <meta property="..." content="...">} tag. */
  public record MetaTag(String property, String content) {}
}
