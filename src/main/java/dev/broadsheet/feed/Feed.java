package dev.broadsheet.feed;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A feed and its entries, with every URL absolute.
 *
 * @param title       e.g. "The Archive" or "The Archive: World"
 * @param description one line about it
 * @param language    BCP 47 tag
 * @param homeUrl     the page the feed is about
 * @param atomUrl     where the Atom feed is published
 * @param rssUrl      where the RSS feed is published
 * @param jsonUrl     where the JSON feed is published
 * @param updated     the newest entry's date; the epoch for a feed with no entries, so that
 *                    the output never depends on the build's clock
 * @param items       newest first
 */
public record Feed(String title, String description, String language, String homeUrl,
    String atomUrl, String rssUrl, String jsonUrl, ZonedDateTime updated, List<Item> items) {

  public Feed {
    items = List.copyOf(items);
  }

  /**
   * One article in a feed.
   *
   * @param url         its page; also its permanent id
   * @param title       its headline
   * @param summary     a sentence or two, or empty
   * @param contentHtml the full body as HTML
   * @param published   when it was published
   * @param updated     when it was last updated, if ever
   * @param authors     names
   * @param categories  section and tags
   */
  public record Item(String url, String title, String summary, String contentHtml,
      ZonedDateTime published, Optional<ZonedDateTime> updated, List<String> authors,
      List<String> categories) {
    public Item {
      authors = List.copyOf(authors);
      categories = List.copyOf(categories);
    }

    public ZonedDateTime lastChange() {
      return updated.filter(u -> u.isAfter(published)).orElse(published);
    }
  }
}
