package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.feed.Feeds;
import dev.broadsheet.render.KeyInputs;
import dev.broadsheet.sitemap.SitemapPages;
import dev.broadsheet.sitemap.Sitemaps;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The files other programs read: feeds, sitemaps, the News sitemap and robots.txt. Feeds and
 * sitemaps made from the same inputs as last time are kept as they are: an edit to one
 * article's text changes no sitemap and few feeds, and making them again took a tenth of a
 * rebuild of a large archive.
 */
final class SyndicationFiles {
  /** Sitemap entries fingerprinted together before their digest joins the sitemaps' key. */
  private static final int ENTRIES_A_PART = 4096;

  private final Archive archive;
  private final SiteConfig config;
  private final URI base;
  private final BuildCache cache;
  private final PageKeys keys;
  private final OutputWriter out;

  SyndicationFiles(Archive archive, SiteConfig config, URI base, BuildCache cache,
      OutputWriter out) {
    this.archive = archive;
    this.config = config;
    this.base = base;
    this.cache = cache;
    this.keys = cache.keys();
    this.out = out;
  }

  /**
   * Every feed, each kept if its articles are as last time: each is named by its identity and
   * slug, which cover all that a feed shows of it, body included. Feeds are made in parallel:
   * each reads the bodies of its fifty articles, and together they kept one core busy for most
   * of a second.
   */
  void feeds(ArticleIdentities identities, ArticleLoader loader) {
    Feeds.of(archive, config).parallelStream().forEach(feed -> {
      KeyInputs inputs = new KeyInputs(64 + 96 * feed.items().length)
          .text(feed.folder()).text(feed.title()).text(feed.description())
          .number(feed.items().length);
      for (int p : feed.items()) {
        identities.addTo(inputs, p);
      }
      String key = keys.key("feed", inputs);
      if (!keepAll(feed.paths(), key)) {
        Feeds.write(feed, archive, config, base,
            a -> new ArticleBody(a.source(), cache, loader).html())
            .forEach((path, bytes) -> out.write(path, bytes, key));
      }
    });
  }

  /**
   * The sitemaps, kept if every page they list has the same path and time as last time; the
   * News sitemap, which depends on the build's clock, and robots.txt are made every time.
   */
  void sitemaps(Instant clock) {
    SitemapPages pages = Sitemaps.pages(archive, config.pageSize());
    String key = keys.key("sitemaps", sitemapInputs(pages));
    if (!keepSitemaps(key)) {
      Sitemaps.sitemaps(pages, config, base, (path, bytes) -> out.write(path, bytes, key));
    }
    Sitemaps.newsAndRobots(archive, config, base, clock, out::write);
  }

  /**
   * What the sitemaps list, fingerprinted a part at a time: the entries of a million pages
   * spelled out at once would take a hundred megabytes. The parts on both cores, then their
   * digests in order: this stage otherwise has one core to itself. An article's entry is its
   * slug, which says where its page is, and the second and offset its time shows; any other
   * page's its path and the place of the article whose time it shows, spelled already.
   */
  private static KeyInputs sitemapInputs(SitemapPages pages) {
    int parts = (pages.size() + ENTRIES_A_PART - 1) / ENTRIES_A_PART;
    byte[][] digests = new byte[parts][];
    IntStream.range(0, parts).parallel().forEach(part -> {
      int from = part * ENTRIES_A_PART;
      int to = Math.min(pages.size(), from + ENTRIES_A_PART);
      KeyInputs entries = new KeyInputs(96 * (to - from));
      for (int i = from; i < to; i++) {
        if (i < pages.articles()) {
          entries.text(pages.slug(i));
          Optional<ArticleDate> t = pages.lastChange(i);
          if (t.isPresent()) {
            entries.number(1).signed(t.get().epochSecond()).signed(t.get().offsetSeconds());
          } else {
            entries.number(0);
          }
        } else {
          entries.text(pages.path(i)).signed(pages.latestOf(i));
        }
      }
      digests[part] = Digests.quick(entries.bytes(), 0, entries.size());
    });
    KeyInputs inputs = new KeyInputs(64 + parts * PageKeys.KEY_BYTES).number(pages.size())
        .number(pages.articles());
    for (byte[] digest : digests) {
      inputs.fixed(digest, 0, PageKeys.KEY_BYTES);
    }
    return inputs;
  }

  /**
   * Keeps the last build's sitemaps if they were made under {@code key}: the file all search
   * engines read, and the parts it lists, if it lists any. The same pages are cut into the
   * same parts, so the parts under that key are all of them.
   */
  private boolean keepSitemaps(String key) {
    List<String> paths = new ArrayList<>(List.of(SitePaths.SITEMAP));
    while (keys.sameKey(Sitemaps.part(paths.size()), key)) {
      paths.add(Sitemaps.part(paths.size()));
    }
    return keepAll(paths, key);
  }

  /** Keeps every one of {@code paths} if each was made under {@code key}, or reports not. */
  private boolean keepAll(List<String> paths, String key) {
    for (String path : paths) {
      if (!SitePages.keep(keys, out, path, key)) {
        return false; // those kept already are written over
      }
    }
    return true;
  }
}
