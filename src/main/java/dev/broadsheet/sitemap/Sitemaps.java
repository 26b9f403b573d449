package dev.broadsheet.sitemap;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.Listing;
import dev.broadsheet.archive.Paging;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every page of the site for search engines: sitemaps, the News sitemap and robots.txt. */
public final class Sitemaps {
  /** Google News lists articles published in the last two days. */
  static final Duration NEWS_WINDOW = Duration.ofDays(2);

  private Sitemaps() {}

  /**
   * The files by their path in the site.
   *
   * @param clock the build's idea of now, for the News sitemap
   */
  public static Map<String, byte[]> of(Archive archive, SiteConfig config, URI base,
      Instant clock) {
    Map<String, byte[]> files = new LinkedHashMap<>(SitemapWriter.sitemaps(pages(archive,
        config.pageSize()), base, config.sitemapMaxUrls(), SitemapWriter.MAX_BYTES));
    List<SitemapWriter.NewsArticle> news = news(archive, clock);
    if (!news.isEmpty()) {
      files.put(SitePaths.NEWS_SITEMAP, SitemapWriter.news(news, base, config.title(),
          config.language()));
    }
    files.put(SitePaths.ROBOTS, SitemapWriter.robots(base, !news.isEmpty()));
    return files;
  }

  /** Every page, in the order they are listed: front page, articles, listings, overviews. */
  static List<SitemapWriter.Page> pages(Archive archive, int pageSize) {
    List<Article> articles = archive.articles();
    // Once per article: every article is on several listings.
    List<Optional<ZonedDateTime>> lastChanges = articles.stream().map(Sitemaps::lastChange)
        .toList();
    List<SitemapWriter.Page> pages = new ArrayList<>();
    for (int p = 0; p < articles.size(); p++) {
      pages.add(new SitemapWriter.Page(SitePaths.article(articles.get(p).slug()),
          lastChanges.get(p)));
    }
    for (Listing listing : Listing.all(archive)) {
      for (Paging paging : listing.pages(pageSize)) {
        Optional<ZonedDateTime> latest = Optional.empty();
        for (int i = paging.from(); i < paging.to(); i++) {
          latest = SitemapWriter.later(latest, lastChanges.get(listing.positions()[i]));
        }
        pages.add(new SitemapWriter.Page(SitePaths.page(listing.folder(), paging.number()),
            latest));
      }
    }
    Optional<ZonedDateTime> newest = Optional.empty();
    for (Optional<ZonedDateTime> change : lastChanges) {
      newest = SitemapWriter.later(newest, change);
    }
    pages.add(new SitemapWriter.Page(SitePaths.ARCHIVE + SitePaths.INDEX, newest));
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        pages.add(new SitemapWriter.Page(SitePaths.terms(kind), newest));
      }
    }
    return pages;
  }

  private static Optional<ZonedDateTime> lastChange(Article a) {
    Optional<ZonedDateTime> published = a.date().map(ArticleDate::value);
    Optional<ZonedDateTime> updated = a.updated().map(ArticleDate::value);
    if (updated.isPresent() && (published.isEmpty()
        || updated.get().toInstant().isAfter(published.get().toInstant()))) {
      return updated;
    }
    return published;
  }

  private static List<SitemapWriter.NewsArticle> news(Archive archive, Instant clock) {
    Instant since = clock.minus(NEWS_WINDOW);
    List<SitemapWriter.NewsArticle> news = new ArrayList<>();
    for (Article a : archive.articles()) {
      if (a.date().isEmpty()) {
        break;
      }
      Instant published = a.date().get().value().toInstant();
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
