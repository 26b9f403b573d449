package dev.broadsheet.sitemap;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Every page of the site for search engines: sitemaps, the News sitemap and robots.txt. */
public final class Sitemaps {
  /** Google News lists articles published in the last two days. */
  static final Duration NEWS_WINDOW = Duration.ofDays(2);

  private Sitemaps() {}

  /**
   * Gives the sitemaps of {@code pages} ({@link #pages}) to {@code out} by their path in the
   * site, one at a time: {@link SitePaths#SITEMAP}, and when the pages need more than one file,
   * the parts it lists, named by {@link #part}.
   */
  public static void sitemaps(List<SitemapWriter.Page> pages, SiteConfig config, URI base,
      BiConsumer<String, byte[]> out) {
    SitemapWriter.sitemaps(pages, base, config.sitemapMaxUrls(), SitemapWriter.MAX_BYTES, out);
  }

  /** The path of the {@code n}th part of the sitemaps, from 1, when there are several. */
  public static String part(int n) {
    return SitemapWriter.part(n);
  }

  /**
   * Gives the News sitemap, if any article is recent enough for one, and robots.txt to
   * {@code out} by their path in the site.
   *
   * @param clock the build's idea of now, for the News sitemap
   */
  public static void newsAndRobots(Archive archive, SiteConfig config, URI base, Instant clock,
      BiConsumer<String, byte[]> out) {
    List<SitemapWriter.NewsArticle> news = news(archive, clock);
    if (!news.isEmpty()) {
      out.accept(SitePaths.NEWS_SITEMAP, SitemapWriter.news(news, base, config.title(),
          config.language()));
    }
    out.accept(SitePaths.ROBOTS, SitemapWriter.robots(base, !news.isEmpty()));
  }

  /** Every page, in the order the sitemaps list them ({@link SitemapPages}). */
  public static SitemapPages pages(Archive archive, int pageSize) {
    return new SitemapPages(archive, pageSize);
  }

  private static List<SitemapWriter.NewsArticle> news(Archive archive, Instant clock) {
    Instant since = clock.minus(NEWS_WINDOW);
    List<SitemapWriter.NewsArticle> news = new ArrayList<>();
    for (Article a : archive.articles()) {
      if (a.date().isEmpty()) {
        break;
      }
      Instant published = a.date().get().instant();
      if (published.isBefore(since)) {
        break; // newest first: nothing later is recent enough
      }
      if (!published.isAfter(clock)) {
        news.add(new SitemapWriter.NewsArticle(SitePaths.article(a.slug()), a.headline(),
            a.date().get().value()));
      }
    }
    return news;
  }
}
