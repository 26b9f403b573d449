package dev.broadsheet.render;

import java.util.List;

/**
 * Navigation between the pages of a listing: first, previous, a window of page numbers around
 * the current one with gaps, next and last. Links are empty where they do not apply.
 *
 * @param number   the current page, from 1
 * @param count    pages in the listing
 * @param first    link to page 1, empty on page 1
 * @param previous link to the page before, empty on page 1
 * @param next     link to the page after, empty on the last page
 * @param last     link to the last page, empty on the last page
 * @param pages    page numbers to show
 */
public record PaginationView(int number, int count, String first, String previous, String next,
    String last, List<PageLink> pages) {
  public PaginationView {
    pages = List.copyOf(pages);
  }

  public boolean isPaginated() {
    return count > 1;
  }

  /**
   * A page number, or a gap between page numbers.
   *
   * @param number  the page
   * @param url     link to it
   * @param current true for the page shown
   * @param gap     true for an ellipsis standing for skipped pages
   */
  public record PageLink(int number, String url, boolean current, boolean gap) {}
}
