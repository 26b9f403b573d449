package dev.broadsheet.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Site-wide settings, from {@code broadsheet.yaml} and the command line.
 *
 * @param title       the site's name, shown in every page header and title
 * @param description one line about the site, for the index's meta description and feeds
 * @param baseUrl     absolute URL the site is published at, ending in {@code /}; empty when unknown,
 *                    in which case canonical URLs are left out
 * @param language    BCP 47 language tag for {@code <html lang>}
 * @param timezone    zone for dates written without one, and for showing dates
 * @param limits      the largest input the build accepts
 * @param pageSize    articles per listing page
 * @param sitemapMaxUrls URLs per sitemap file before the sitemap is split (the protocol's limit
 *                    is 50,000)
 * @param rawHtml     pass HTML written in Markdown articles through as it is, instead of showing
 *                    it as text: only for articles from a trusted source
 */
public record SiteConfig(
    String title,
    String description,
    Optional<URI> baseUrl,
    String language,
    ZoneId timezone,
    Limits limits,
    int pageSize,
    int sitemapMaxUrls,
    boolean rawHtml) {

  public static final String DEFAULT_TITLE = "Broadsheet";
  public static final int DEFAULT_PAGE_SIZE = 25;
  /** The sitemap protocol's limit of URLs in one file. */
  public static final int MAX_SITEMAP_URLS = 50_000;

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(limits, "limits");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    if (sitemapMaxUrls < 1 || sitemapMaxUrls > MAX_SITEMAP_URLS) {
      throw new IllegalArgumentException("sitemapMaxUrls must be 1 to " + MAX_SITEMAP_URLS);
    }
  }

  /** A configuration with raw HTML escaped, the default. */
  public SiteConfig(String title, String description, Optional<URI> baseUrl, String language,
      ZoneId timezone, Limits limits, int pageSize, int sitemapMaxUrls) {
    this(title, description, baseUrl, language, timezone, limits, pageSize, sitemapMaxUrls,
        false);
  }

  public static SiteConfig defaults() {
    return new SiteConfig(DEFAULT_TITLE, "A news archive", Optional.empty(), "en",
        ZoneId.of("UTC"), Limits.DEFAULT, DEFAULT_PAGE_SIZE, MAX_SITEMAP_URLS);
  }

  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(title, description, Optional.of(url), language, timezone, limits,
        pageSize, sitemapMaxUrls, rawHtml);
  }

  public SiteConfig withPageSize(int size) {
    return new SiteConfig(title, description, baseUrl, language, timezone, limits, size,
        sitemapMaxUrls, rawHtml);
  }

  public SiteConfig withSitemapMaxUrls(int max) {
    return new SiteConfig(title, description, baseUrl, language, timezone, limits, pageSize, max,
        rawHtml);
  }

  public SiteConfig withLimits(Limits newLimits) {
    return new SiteConfig(title, description, baseUrl, language, timezone, newLimits, pageSize,
        sitemapMaxUrls, rawHtml);
  }

  /**
   * As a record spells itself, written out: the build cache keys on it, and the record's own
   * method is made at its first call, 20 ms of a rebuild's start spent linking it.
   */
  @Override
  public String toString() {
    return "SiteConfig[title=" + title + ", description=" + description + ", baseUrl=" + baseUrl
        + ", language=" + language + ", timezone=" + timezone + ", limits=" + limits
        + ", pageSize=" + pageSize + ", sitemapMaxUrls=" + sitemapMaxUrls + ", rawHtml="
        + rawHtml + "]";
  }

  public SiteConfig withRawHtml(boolean allow) {
    return new SiteConfig(title, description, baseUrl, language, timezone, limits, pageSize,
        sitemapMaxUrls, allow);
  }

  /**
   * Input limits, explicit so that one absurd file cannot exhaust the machine.
   *
   * @param maxArticleBytes the largest article file read, in bytes
   */
  public record Limits(long maxArticleBytes) {
    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024);

    /** As a record spells itself, written out, as {@link SiteConfig#toString} is. */
    @Override
    public String toString() {
      return "Limits[maxArticleBytes=" + maxArticleBytes + "]";
    }
  }
}
