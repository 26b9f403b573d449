package dev.broadsheet.render;

import java.util.List;

/**
 * One page of a list of articles: the front page, a year, a month, a section, a tag...
 *
 * @param page       layout data
 * @param kicker     what kind of listing, e.g. "Topic", or empty
 * @param heading    e.g. "Russia" or "May 2017"
 * @param count      articles in the whole listing, not just this page
 * @param articles   this page's articles
 * @param pagination links to the listing's other pages
 */
public record ListingView(PageView page, String kicker, String heading, int count,
    List<ArticleCard> articles, PaginationView pagination) {
  public ListingView {
    articles = List.copyOf(articles);
  }
}
