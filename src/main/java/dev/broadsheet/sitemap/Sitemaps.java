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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * Every page, in the order they are listed: front page, articles, listings, overviews. An
   * article's entry is made when it is asked for: a million of them would hold a quarter of a
   * gigabyte.
   */
  public static List<SitemapWriter.Page> pages(Archive archive, int pageSize) {
    List<Article> articles = archive.articles();
    // Once per article: every article is on several listings. The dates are the articles' own,
    // and a time to show is made only for the entry being written: a million of them held at
    // once would take a hundred megabytes.
    ArticleDate[] lastChanges = articles.stream().map(Sitemaps::lastChange)
        .toArray(ArticleDate[]::new);
    List<SitemapWriter.Page> others = new ArrayList<>();
    for (Listing listing : Listing.all(archive)) {
      for (Paging paging : listing.pages(pageSize)) {
        int latest = -1;
        for (int i = paging.from(); i < paging.to(); i++) {
          latest = later(lastChanges, latest, listing.positions()[i]);
        }
        others.add(new SitemapWriter.Page(SitePaths.page(listing.folder(), paging.number()),
            lastmod(lastChanges, latest)));
      }
    }
    int latest = -1;
    for (int i = 0; i < lastChanges.length; i++) {
      latest = later(lastChanges, latest, i);
    }
    Optional<ZonedDateTime> newest = lastmod(lastChanges, latest);
    others.add(new SitemapWriter.Page(SitePaths.ARCHIVE + SitePaths.INDEX, newest));
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        others.add(new SitemapWriter.Page(SitePaths.terms(kind), newest));
      }
    }
    return new AbstractList<>() {
      @Override
      public SitemapWriter.Page get(int i) {
        return i < articles.size()
            ? new SitemapWriter.Page(SitePaths.article(articles.get(i).slug()),
                lastmod(lastChanges, i))
            : others.get(i - articles.size());
      }

      @Override
      public int size() {
        return articles.size() + others.size();
      }
    };
  }

  /** Of two positions, the later changed; the first of a tie; -1 for neither dated. */
  private static int later(ArticleDate[] lastChanges, int latest, int position) {
    ArticleDate candidate = lastChanges[position];
    if (candidate != null && (latest < 0 || candidate.compareTo(lastChanges[latest]) > 0)) {
      return position;
    }
    return latest;
  }

  private static Optional<ZonedDateTime> lastmod(ArticleDate[] lastChanges, int position) {
    return position < 0 || lastChanges[position] == null ? Optional.empty()
        : Optional.of(lastChanges[position].value());
  }

  /** When the article last changed, as the later of its dates; null when it has neither. */
  private static ArticleDate lastChange(Article a) {
    ArticleDate published = a.date().orElse(null);
    ArticleDate updated = a.updated().orElse(null);
    if (updated != null && (published == null || updated.compareTo(published) > 0)) {
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
