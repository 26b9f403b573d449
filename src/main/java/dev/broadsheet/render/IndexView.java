package dev.broadsheet.render;

import java.util.List;

/**
 * The front page: every article, newest first.
 *
 * @param page     layout data
 * @param articles the listing
 * @param count    how many articles the archive holds
 */
public record IndexView(PageView page, List<ArticleCard> articles, int count) {
  public IndexView {
    articles = List.copyOf(articles);
  }
}
