package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.Listing;
import dev.broadsheet.archive.Paging;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.related.RelatedLists;
import dev.broadsheet.render.ArticleViews;
import dev.broadsheet.render.KeyInputs;
import dev.broadsheet.render.ListingViews;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.render.Theme;
import dev.broadsheet.render.Views;
import dev.broadsheet.search.FragmentGroups;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The site's pages, rendered through its templates into one writer: a page for each article
 * (and its part of a search fragment, {@link SearchFragmentFiles}), every page of every
 * listing, the overviews, the not-found and search pages, and the theme's assets. A page whose inputs are fingerprinted is kept as the
 * last build left it when they have not changed (see {@link #keep}). Pages are rendered in
 * parallel; what each holds depends on its inputs alone.
 */
final class SitePages {
  private final TemplateEngine templates;
  private final OutputWriter out;
  private final BuildCache cache;
  private final PageKeys keys;
  private final ArticleIdentities identities;
  private final ArticleLoader loader;
  private final BuildProgress progress;
  private final AtomicInteger pages = new AtomicInteger();

  /** Pages for {@code out}; {@code loader} reads an article again if the cache lost its body. */
  SitePages(TemplateEngine templates, OutputWriter out, BuildCache cache,
      ArticleIdentities identities, ArticleLoader loader, BuildProgress progress) {
    this.templates = templates;
    this.out = out;
    this.cache = cache;
    this.keys = cache.keys();
    this.identities = identities;
    this.loader = loader;
    this.progress = progress;
  }

  /** How many pages were rendered or kept. */
  int count() {
    return pages.get();
  }

  /**
   * Keeps the file at {@code path} as the last build left it if it was made from the same
   * inputs, fingerprinted by {@code key}; otherwise the caller writes it.
   */
  static boolean keep(PageKeys keys, OutputWriter out, String path, String key) {
    // The site's writer was opened on the cache's table of files: the file is found once.
    int file = keys.fileWithKey(path, key);
    return file >= 0 && out.keep(file, key);
  }

  /** The search fragments of {@code archive}'s articles, written through this site's writer. */
  SearchFragmentFiles fragments(Archive archive, ArticleViews views, FragmentGroups groups,
      ArticlePageFiles files) {
    return new SearchFragmentFiles(archive, views, groups, files, out, cache, identities, loader);
  }

  /**
   * Keeps, on one thread, the article pages {@code files} says are as the last build left them,
   * by their places there. Returns the places of the articles whose page is still to be made
   * ({@link #writeArticles}), in the archive's order, or if {@code byBodies} in the order of
   * their bodies in the cache's log ({@link BuildCache#writingOrder}).
   */
  int[] keepArticles(Archive archive, ArticlePageFiles files, boolean byBodies) {
    List<Article> articles = archive.articles();
    // One thread, no locking to speak of: two threads adding 200,000 kept files to the table
    // of this build's files waited on each other for most of 0.35 s.
    BitSet done = new BitSet(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      int page = out.keptAsIs(files.pageBefore(i));
      if (page >= 0) {
        files.placed(i, page);
        done.set(i);
        progress.step("writing");
      }
    }
    pages.addAndGet(done.cardinality());
    return IntStream.of(cache.writingOrder(articles, byBodies)).filter(i -> !done.get(i))
        .toArray();
  }

  /**
   * One page for each article at the places {@code positions}, each rendered from a fresh read
   * so bodies are not all held at once; one made from the same inputs as last time is kept as
   * it is, without reading the article's body. The part of each article whose search fragment
   * is to be made is held for it. {@code files} notes where each page went.
   */
  void writeArticles(Archive archive, int[] positions, RelatedLists related,
      ArticleViews views, SearchFragmentFiles fragments, ArticlePageFiles files) {
    List<Article> articles = archive.articles();
    IntStream.of(positions).parallel().forEach(i -> {
      article(i, articles.get(i), related, views, fragments, files);
      progress.step("writing");
    });
    pages.addAndGet(positions.length);
  }

  /** The page of the article {@code a} at {@code position}, and its fragment's part. */
  private void article(int position, Article a, RelatedLists related, ArticleViews views,
      SearchFragmentFiles fragments, ArticlePageFiles files) {
    String path = SitePaths.article(a.slug());
    // Read from the cache only if the page or the fragment is made.
    ArticleBody body = new ArticleBody(a.source(), cache, loader);
    int[] relatedToIt = related.of(position);
    String pageKey = keys.key("article", views.inputs(position, relatedToIt, identities));
    int page = kept(path, pageKey);
    if (page < 0) {
      page = out.write(path, templates.renderBytes(TemplateEngine.ARTICLE,
          views.article(position, body.html(), relatedToIt)), pageKey);
    }
    if (fragments.wanted(position)) {
      fragments.hold(position, a, body.text());
    }
    files.placed(position, page);
  }

  /**
   * Keeps the file at {@code path} as the last build left it if it was made from the same
   * inputs, fingerprinted by {@code key}: where it is in this build's table of files, or -1
   * when the caller is to write it.
   */
  private int kept(String path, String key) {
    int file = keys.fileWithKey(path, key);
    return file >= 0 ? out.kept(file, key) : -1;
  }

  /**
   * Every page of every listing: front page, years, months, undated, terms. Those the last
   * build's note says no change can have reached ({@link ListingPageFiles}), in an archive whose
   * articles changed at the places {@code changed}, are kept on this thread; the others keyed,
   * and made where their keys changed, in parallel.
   */
  void listings(Archive archive, ListingViews views, int pageSize, BitSet changed) {
    List<Listing> listings = Listing.all(archive);
    byte[][] shared = new byte[listings.size()][];
    Paging[][] pagings = new Paging[listings.size()][];
    int[] counts = new int[listings.size()];
    KeyInputs spelt = new KeyInputs(256);
    int all = 0;
    for (int l = 0; l < listings.size(); l++) {
      pagings[l] = listings.get(l).pages(pageSize);
      counts[l] = pagings[l].length;
      all += counts[l];
      views.listingInputs(listings.get(l), counts[l], spelt);
      shared[l] = Digests.quick(spelt.bytes(), 0, spelt.size());
    }
    ListingPageFiles files = ListingPageFiles.previous(cache, listings, shared, counts,
        pageSize, changed);
    record Page(int listing, Paging paging) {}
    progress.expect(2L * archive.articles().size() + all);
    List<Page> toMake = new ArrayList<>();
    for (int l = 0; l < listings.size(); l++) {
      for (Paging paging : pagings[l]) {
        int kept = out.keptAsIs(files.pageBefore(l, paging.number() - 1));
        if (kept >= 0) {
          files.placed(l, paging.number() - 1, kept);
          progress.step("writing");
        } else {
          toMake.add(new Page(l, paging));
        }
      }
    }
    // A page's inputs are hashed at once, so each thread spells them all in one buffer: an
    // article takes its identity (16 bytes) and its slug, and long slugs fit.
    ThreadLocal<KeyInputs> spelling =
        ThreadLocal.withInitial(() -> new KeyInputs(256 + 128 * pageSize));
    toMake.parallelStream().forEach(p -> {
      Listing listing = listings.get(p.listing());
      String path = SitePaths.page(listing.folder(), p.paging().number());
      String key = keys.key("listing",
          views.inputs(listing, p.paging(), identities, spelling.get()));
      int file = kept(path, key);
      if (file < 0) {
        file = out.write(path, templates.renderBytes(TemplateEngine.LISTING,
            views.listing(listing, p.paging())), key);
      }
      files.placed(p.listing(), p.paging().number() - 1, file);
      progress.step("writing");
    });
    files.keepFor(cache);
    pages.addAndGet(all);
  }

  /** The archive's overview and a list of the terms of each kind that has any. */
  void overviews(Archive archive, ListingViews views) {
    out.write(SitePaths.ARCHIVE + SitePaths.INDEX,
        templates.renderBytes(TemplateEngine.ARCHIVE, views.archive()));
    pages.incrementAndGet();
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        out.write(SitePaths.terms(kind), templates.renderBytes(TemplateEngine.TERMS,
            views.terms(kind)));
        pages.incrementAndGet();
      }
    }
  }

  void notFound(Views views) {
    out.write(SitePaths.NOT_FOUND,
        templates.renderBytes(TemplateEngine.NOT_FOUND, views.notFound()));
    pages.incrementAndGet();
  }

  void searchPage(Views views) {
    out.write(SitePaths.SEARCH, templates.renderBytes(TemplateEngine.SEARCH, views.search()));
    pages.incrementAndGet();
  }

  /** The theme's files that are copied as they are: styles, scripts, images. */
  void assets(Theme theme) {
    for (String name : theme.assetNames()) {
      theme.find(name).ifPresent(source -> out.write(name, source.bytes()));
    }
  }
}
