package dev.broadsheet.sitemap;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.Listing;
import dev.broadsheet.archive.Paging;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every page the sitemaps list, in their order: the articles, then every page of every
 * listing, then the overviews, each with when its content last changed. An entry is made when
 * it is asked for: a million of them would hold a quarter of a gigabyte.
 *
 * <p>A page other than an article's changed when the latest of the articles it shows did, and
 * is known here by that article's place ({@link #latestOf}), so that a fingerprint of the
 * sitemaps names each article's time once, by its place, rather than make a date for every
 * listing page: that was most of what a rebuild of 100,000 articles spent on its sitemaps.
 */
public final class SitemapPages extends AbstractList<SitemapWriter.Page> {
  private final List<Article> articles;
  /** When each article last changed, by its place; null where it has no date. */
  private final ArticleDate[] lastChanges;
  /**
   * The same as seconds and nanoseconds, {@link #UNDATED} where there is none: every article
   * is compared on each of its listings, and chasing each date's object took 16-21 ms of a
   * rebuild of 100,000 articles (the main thread's wall clock), 2-4 ms so.
   */
  private final long[] seconds;
  private final int[] nanos;
  private static final int UNDATED = -1;
  private final List<String> otherPaths = new ArrayList<>();
  /** For each other page, the place of its latest article, or -1. */
  private int[] latest = new int[64];

  SitemapPages(Archive archive, int pageSize) {
    this.articles = archive.articles();
    // Once per article: every article is on several listings.
    this.lastChanges = articles.stream().map(SitemapPages::lastChange)
        .toArray(ArticleDate[]::new);
    this.seconds = new long[lastChanges.length];
    this.nanos = new int[lastChanges.length];
    for (int i = 0; i < lastChanges.length; i++) {
      ArticleDate date = lastChanges[i];
      seconds[i] = date == null ? 0 : date.epochSecond();
      nanos[i] = date == null ? UNDATED : date.nano();
    }
    for (Listing listing : Listing.all(archive)) {
      for (Paging paging : listing.pages(pageSize)) {
        int newest = -1;
        for (int i = paging.from(); i < paging.to(); i++) {
          newest = later(newest, listing.positions()[i]);
        }
        other(SitePaths.page(listing.folder(), paging.number()), newest);
      }
    }
    int newest = -1;
    for (int i = 0; i < lastChanges.length; i++) {
      newest = later(newest, i);
    }
    other(SitePaths.ARCHIVE + SitePaths.INDEX, newest);
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        other(SitePaths.terms(kind), newest);
      }
    }
  }

  private void other(String path, int newest) {
    if (otherPaths.size() == latest.length) {
      latest = Arrays.copyOf(latest, 2 * latest.length);
    }
    latest[otherPaths.size()] = newest;
    otherPaths.add(path);
  }

  /** Of two places, the later changed; the first of a tie; -1 for neither dated. */
  private int later(int newest, int position) {
    int nano = nanos[position];
    if (nano == UNDATED) {
      return newest;
    }
    if (newest < 0) {
      return position;
    }
    // As ArticleDate.compareTo: by second, then nanosecond.
    long second = seconds[position];
    long newestSecond = seconds[newest];
    return second > newestSecond || second == newestSecond && nano > nanos[newest]
        ? position : newest;
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

  /** How many of the pages are articles' (the first, by the articles' places). */
  public int articles() {
    return articles.size();
  }

  /** When the article at {@code position} last changed, if it has a date. */
  public Optional<ArticleDate> lastChange(int position) {
    return Optional.ofNullable(lastChanges[position]);
  }

  /** The slug of the article at {@code position}, which says where its page is. */
  public String slug(int position) {
    return articles.get(position).slug();
  }

  /** The path of the page {@code page}, one of the {@link #articles} or after them. */
  public String path(int page) {
    return page < articles.size() ? SitePaths.article(articles.get(page).slug())
        : otherPaths.get(page - articles.size());
  }

  /**
   * The place of the article whose time is the last change of the page {@code page}, one after
   * the {@link #articles}, or -1 when none of its articles has a date.
   */
  public int latestOf(int page) {
    return latest[page - articles.size()];
  }

  @Override
  public SitemapWriter.Page get(int page) {
    int position = page < articles.size() ? page : latestOf(page);
    Optional<ZonedDateTime> lastmod = position < 0 || lastChanges[position] == null
        ? Optional.empty() : Optional.of(lastChanges[position].value());
    return new SitemapWriter.Page(path(page), lastmod);
  }

  @Override
  public int size() {
    return articles.size() + otherPaths.size();
  }
}
