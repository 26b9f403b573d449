package dev.broadsheet.feed;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.Term;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleTexts;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
   * One feed of the site, planned: what it holds, before it is written.
   *
   * @param folder      where its files go, with a trailing slash; empty for the site's own
   * @param title       its title
   * @param description one line about it
   * @param items       the positions in the archive of its articles, newest first
   */
  public record Plan(String folder, String title, String description, int[] items) {
    /** The paths of its files in the site: Atom, RSS and JSON Feed. */
    public List<String> paths() {
      return List.of(folder + SitePaths.ATOM, folder + SitePaths.RSS,
          folder + SitePaths.JSON_FEED);
    }
  }

  /**
   * Every feed of the site: the whole site's, then each section's. What each holds is known
   * without reading a body, so a build can tell which feeds are as last time.
   */
  public static List<Plan> of(Archive archive, SiteConfig config) {
    int[] all = new int[archive.articles().size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    List<Plan> feeds = new ArrayList<>();
    feeds.add(new Plan("", config.title(), config.description(), latest(all, archive)));
    for (Term section : archive.taxonomy(TermKind.SECTION).terms()) {
      feeds.add(new Plan(section.folder(), config.title() + ": " + section.name(),
          "The latest from " + section.name(), latest(section.articles(), archive)));
    }
    return feeds;
  }

  /** The first {@link #SIZE} dated articles of {@code positions}, which are in index order. */
  private static int[] latest(int[] positions, Archive archive) {
    int n = 0;
    while (n < positions.length && n < SIZE
        && archive.articles().get(positions[n]).date().isPresent()) {
      n++; // index order puts undated articles last
    }
    return Arrays.copyOf(positions, n);
  }

  /**
   * The files of {@code feed} by their path in the site, in the order of {@link Plan#paths}.
   *
   * @param base     the site's absolute base URL
   * @param bodyHtml the rendered body of an article
   */
  public static Map<String, byte[]> write(Plan feed, Archive archive, SiteConfig config,
      URI base, Function<Article, String> bodyHtml) {
    List<Feed.Item> items = new ArrayList<>(feed.items().length);
    for (int p : feed.items()) {
      Article a = archive.articles().get(p);
      items.add(item(a, base, bodyHtml.apply(a)));
    }
    ZonedDateTime updated = items.stream().map(Feed.Item::lastChange)
        .max((x, y) -> x.toInstant().compareTo(y.toInstant()))
        .orElse(Instant.EPOCH.atZone(config.timezone()));
    String folder = feed.folder();
    Feed made = new Feed(feed.title(), feed.description(), config.language(),
        base.resolve(folder + SitePaths.INDEX).toString(),
        base.resolve(folder + SitePaths.ATOM).toString(),
        base.resolve(folder + SitePaths.RSS).toString(),
        base.resolve(folder + SitePaths.JSON_FEED).toString(), updated, items);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(folder + SitePaths.ATOM, FeedWriters.atom(made));
    files.put(folder + SitePaths.RSS, FeedWriters.rss(made));
    files.put(folder + SitePaths.JSON_FEED, FeedWriters.json(made));
    return files;
  }

  private static Feed.Item item(Article a, URI base, String html) {
    List<String> categories = new ArrayList<>();
    if (!a.section().isEmpty()) {
      categories.add(a.section());
    }
    categories.addAll(a.tags());
    ArticleTexts texts = a.texts();
    return new Feed.Item(base.resolve(SitePaths.article(a.slug())).toString(),
        texts.headline(), texts.summary(), html, a.date().orElseThrow().value(),
        a.updated().map(d -> d.value()), a.authors(), categories);
  }
}
