package dev.broadsheet.feed;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.Term;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The site's feeds: the latest articles of the whole site and of each section, each in Atom,
 * RSS and JSON Feed. Undated articles are left out: a feed is a list of news in time.
 */
public final class Feeds {
  /** Articles in each feed. */
  public static final int SIZE = 50;

  private Feeds() {}

  /**
   * Every feed file by its path in the site.
   *
   * @param base     the site's absolute base URL
   * @param bodyHtml the rendered body of an article
   */
  public static Map<String, byte[]> of(Archive archive, SiteConfig config, URI base,
      Function<Article, String> bodyHtml) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    int[] all = new int[archive.articles().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    write(files, "", config.title(), config.description(), all, archive, config, base,
        bodyHtml);
    for (Term section : archive.taxonomy(TermKind.SECTION).terms()) {
      write(files, section.folder(), config.title() + ": " + section.name(),
          "The latest from " + section.name(), section.articles(), archive, config, base,
          bodyHtml);
    }
    return files;
  }

  private static void write(Map<String, byte[]> files, String folder, String title,
      String description, int[] positions, Archive archive, SiteConfig config, URI base,
      Function<Article, String> bodyHtml) {
    List<Feed.Item> items = new ArrayList<>(SIZE);
    for (int p : positions) {
      Article a = archive.articles().get(p);
      if (a.date().isEmpty()) {
        break; // index order puts undated articles last
      }
      items.add(item(a, base, bodyHtml.apply(a)));
      if (items.size() == SIZE) {
        break;
      }
    }
    ZonedDateTime updated = items.stream().map(Feed.Item::lastChange)
        .max((x, y) -> x.toInstant().compareTo(y.toInstant()))
        .orElse(Instant.EPOCH.atZone(config.timezone()));
    Feed feed = new Feed(title, description, config.language(),
        base.resolve(folder + SitePaths.INDEX).toString(),
        base.resolve(folder + SitePaths.ATOM).toString(),
        base.resolve(folder + SitePaths.RSS).toString(),
        base.resolve(folder + SitePaths.JSON_FEED).toString(), updated, items);
    files.put(folder + SitePaths.ATOM, FeedWriters.atom(feed));
    files.put(folder + SitePaths.RSS, FeedWriters.rss(feed));
    files.put(folder + SitePaths.JSON_FEED, FeedWriters.json(feed));
  }

  private static Feed.Item item(Article a, URI base, String html) {
    List<String> categories = new ArrayList<>();
    if (!a.section().isEmpty()) {
      categories.add(a.section());
    }
    categories.addAll(a.tags());
    return new Feed.Item(base.resolve(SitePaths.article(a.slug())).toString(), a.headline(),
        a.summary(), html, a.date().orElseThrow().value(), a.updated().map(d -> d.value()),
        a.authors(), categories);
  }
}
