package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.config.Version;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.content.WatchedScan;
import dev.broadsheet.markdown.MarkdownService;
import dev.broadsheet.related.RelatedLists;
import dev.broadsheet.render.ArticleViews;
import dev.broadsheet.render.KeyInputs;
import dev.broadsheet.render.ListingViews;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.render.Theme;
import dev.broadsheet.render.Views;
import dev.broadsheet.search.FragmentGroups;
import dev.broadsheet.search.SearchIndexBuilder;
import dev.broadsheet.search.TermCounter;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Builds a site, one named stage after another (see {@link #run()}). Articles are read and pages
 * rendered in parallel; the order of everything written is fixed by sorting, never by thread or
 * file-system order, so the same input gives byte-identical output.
 */
public final class SiteBuilder {
  private final BuildOptions options;
  private final BuildProgress progress;
  private final WatchedScan scans;
  private final ArticleLoader loader;
  private final Theme theme;
  private final TermCounter termCounter = new TermCounter();
  private final List<Warning> warnings = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int pages;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Duration> stages = new LinkedHashMap<>();
  private final long start = System.nanoTime();
  private long lap = start;
  private int rewritten;
  /** How many articles the load stage read from their files, not as the last build had them. */
  private int readAfresh;
  /** What the heap the build plans for allows: what it may hold, and in which order it reads. */
  private final HeapPlan heap;

  private SiteBuilder(BuildOptions options, BuildProgress progress, WatchedScan scans,
      long heap) {
    this.options = options;
    this.progress = progress;
    this.scans = scans;
    this.heap = new HeapPlan(heap);
    this.loader = new ArticleLoader(options.config(),
        MarkdownService.create(options.config().rawHtml()));
    this.theme = new Theme(options.templates());
  }

  /**
   * Builds the site described by {@code options}.
   *
   * @throws ContentException  when an article cannot be built
   * @throws BuildException    when the folders are unusable
   * @throws dev.broadsheet.render.TemplateException when a template is broken
   */
  public static BuildResult build(BuildOptions options) {
    return build(options, BuildProgress.NONE);
  }

  /** As {@link #build(BuildOptions)}, telling {@code progress} how far it has gone. */
  public static BuildResult build(BuildOptions options, BuildProgress progress) {
    return new SiteBuilder(options, progress, new WatchedScan(),
        Runtime.getRuntime().maxMemory()).run();
  }

  /**
   * As {@link #build(BuildOptions)}, planned as for a heap of {@code heap} bytes: a small one
   * makes the build take the ways it takes for a million articles in 1 GB.
   */
  static BuildResult build(BuildOptions options, long heap) {
    return new SiteBuilder(options, BuildProgress.NONE, new WatchedScan(), heap).run();
  }

  /**
   * As {@link #build(BuildOptions, BuildProgress)}, in a process that watches the articles:
   * {@code scans} keeps their scan from one build to the next.
   */
  public static BuildResult build(BuildOptions options, BuildProgress progress,
      WatchedScan scans) {
    return new SiteBuilder(options, progress, scans, Runtime.getRuntime().maxMemory()).run();
  }

  /**
   * When the site at {@code out} was last built with its cache, if it was: a later build reads
   * again only what changed since, unless Broadsheet or the configuration changed.
   */
  public static Optional<FileTime> lastBuilt(Path out) {
    return CacheFolder.lastCommitted(out);
  }

  /** How many article files the last build of the site at {@code out} read, if it is known. */
  public static OptionalInt lastBuiltArticles(Path out) {
    return CacheFolder.lastArticles(out);
  }

  /** Notes that the stage named {@code stage} ended now; they run one after another. */
  private void done(String stage) {
    long now = System.nanoTime();
    stages.put(stage, Duration.ofNanos(now - lap));
    lap = now;
  }

  private BuildResult run() {
    BuildFolders.check(options);
    // The scan waits on the file system a file at a time; the last build's manifest is a
    // stream of numbers and paths to decode: each takes a core.
    CompletableFuture<CacheFolder.LastManifest> lastManifest = CompletableFuture.supplyAsync(
        () -> CacheFolder.readLast(options.out()), Tasks.daemon("broadsheet-manifest"));
    // Checking that the site is as the cache says is file-system work on one thread: 1.2 s of
    // CPU for a site of 230,000 files on a machine where a system call is dear, 0.5 s where it
    // is not. It sums what it finds (SiteFingerprint) rather than looking each file up in the
    // last build's table, so it needs nothing of the cache, and begins with the build. Begun
    // after the articles' scan instead, it left the scan both cores, and a rebuild of 100,000
    // after an edit took 2.07 s against 2.14 s on a machine of cheap system calls; on one of
    // dear ones the build then waited half a second for the check before opening the site, and
    // took 3.14 s against 2.97 s (eight alternating each, each one quicker begun at once); a
    // million articles' site takes longer to check than the stages before its opening even
    // where calls are cheap (the rebuild waited 1.9-9.3 s there). At 10,000 it makes no
    // difference (1.47 s against 1.505 s, four of eight each way).
    CompletableFuture<Optional<SiteFingerprint>> found = checkSite();
    TemplateEngine templates = new TemplateEngine(theme);
    ArticleScanner.Scan scan = scans.scan(options.articles());
    CompletableFuture<Boolean> described = found.thenCombine(lastManifest,
        (site, last) -> site.isPresent() && last.describes(site.get()));
    warnings.addAll(scan.warnings());
    done("scan");
    // Each article is read, then written; listings are counted in once they are known.
    progress.expect(2L * scan.articles().size());
    String inputKey = CacheKeys.input(options.config());
    BuildCache cache = BuildCache.open(options.out(), inputKey,
        CacheKeys.output(inputKey, theme), scan.articles(), lastManifest.join());
    cache.problem().ifPresent(notes::add);
    done("open cache");
    // The index's terms wait in temporary files from the moment each article is read; closing
    // deletes them, whatever happens.
    try (cache; SearchIndexBuilder search = new SearchIndexBuilder(scan.articles().size(),
        cache.states().searchPersistence(scan.articles().stream().map(SourceFile::relativePath)
            .toList()))) {
      return build(scan, templates, cache, search, described);
    }
  }

  /** Begins the check of what stands in the output folder ({@link ExistingSite#fingerprint}). */
  private CompletableFuture<Optional<SiteFingerprint>> checkSite() {
    return CompletableFuture.supplyAsync(() -> ExistingSite.fingerprint(options.out()),
        Tasks.daemon("broadsheet-site-check"));
  }

  /**
   * Builds the site from what was scanned, with the cache open; {@code described} says, once
   * the check ends, whether the existing site is as the cache's table of files says.
   */
  private BuildResult build(ArticleScanner.Scan scan, TemplateEngine templates,
      BuildCache cache, SearchIndexBuilder search, CompletableFuture<Boolean> described) {
    RelatedStories related = new RelatedStories(scan.articles().size());
    ArticleReader reader = new ArticleReader(loader, cache, termCounter);
    ArticleLoad load = new ArticleLoad(options, progress, warnings, failures);
    List<Article> read = load.read(scan, reader, related, search);
    readAfresh = load.readAfresh();
    search.previousTermsOf(cache::previousTerms);
    related.forgetChanged(cache);
    cache.allRead();
    done("load");
    ArticleLoad.Ordered ordered = load.inIndexOrder(read);
    // The related stories need the articles in order, not the archive's listings: begun before
    // the archive is made, they were ready 0.1 s sooner after an edit to one of 100,000 (the
    // build had waited for them), 2.10 s against 2.16 s in sixteen alternating rebuilds. Where
    // the heap has no room beside, they are worked out on their own once the archive is made.
    boolean relatedBeside = heap.roomBeside(ordered.articles().size());
    RelatedStories.Relating beside = relatedBeside
        ? related.start(ordered.articles(), cache, reader, true) : null;
    Archive archive;
    ArticleIdentities identities;
    BitSet changed;
    try {
      archive = Archive.of(ordered.articles());
      search.arrange(ordered.slotPositions());
      identities = ArticleIdentities.of(archive.articles(), cache);
      changed = identities.changedSince(cache);
      identities.keepFor(cache);
    } catch (RuntimeException | Error e) {
      if (beside != null) {
        beside.settle();
      }
      throw e;
    }
    done("archive");
    RelatedStories.Relating relating = relatedBeside ? beside
        : related.start(archive.articles(), cache, reader, false);
    RelatedLists relatedLists = null;
    if (!relatedBeside) {
      relatedLists = relating.lists(notes::add);
      done("related");
    }
    boolean written;
    try {
      Optional<URI> base = options.config().baseUrl();
      if (base.isEmpty()) {
        warnings.add(Warning.site("no base URL: feeds, sitemaps and robots.txt were not written;"
            + " set base_url in broadsheet.yaml or pass --base-url"));
      }
      try (OutputWriter out = OutputWriter.open(options.out(), cache.previousFiles(),
          described.join())) {
        done("open site");
        Views views = new Views(options.config(), "Broadsheet " + Version.get(), archive,
            base.isPresent());
        SitePages site = new SitePages(templates, out, cache, identities, loader, progress);
        Runnable searchFiles = () -> search.writeTo(out::write, out::keepAll, slot -> {
          SourceFile file = scan.articles().get(slot);
          return reader.terms(file, cache.get(file).orElseThrow(() -> BuildCache.damaged(null)));
        });
        placeInSearch(archive, search);
        CompletableFuture<Void> searching = searchBeside(archive.articles().size())
            ? CompletableFuture.runAsync(searchFiles, Tasks.daemon("broadsheet-search")) : null;
        try {
          listingsAndFeeds(site, archive, views, identities, changed, cache, out, base);
          if (relatedBeside) {
            relatedLists = relating.lists(notes::add);
            done("related");
          }
          searching = articles(site, archive, relatedLists, new ArticleViews(views), changed,
              search, cache, searching, searchFiles);
        } catch (RuntimeException | Error e) {
          Tasks.settled(searching);
          throw e;
        }
        // Only the article pages show them, and this method's locals live to the end of the
        // build: a million stories' lists are some 24 MB.
        relatedLists = null;
        if (searching == null) {
          searchFiles.run();
        } else {
          Tasks.joined(searching);
        }
        relating.stateKept();
        done("search");
        site.assets(theme);
        pages = site.count();
        cache.damage().ifPresent(notes::add);
        // With --strict a warning is an error: the staged site is dropped, the old one stays.
        written = !(options.strict() && !warnings.isEmpty());
        if (written) {
          out.commit();
          cache.commit(out.written());
          rewritten = out.rewritten();
        }
        done("commit");
      }
    } catch (RuntimeException | Error e) {
      relating.settle();
      throw e;
    }
    warnings.sort(Comparator.naturalOrder());
    return new BuildResult(scan.articles().size(), pages, rewritten, warnings,
        scan.skipped(), notes, Duration.ofNanos(System.nanoTime() - start), stages, failures,
        written);
  }

  /**
   * Every page of every listing, the overviews, the not-found and search pages, and with a base
   * URL the feeds and sitemaps: all but the article pages and the search index's files.
   */
  private void listingsAndFeeds(SitePages site, Archive archive, Views views,
      ArticleIdentities identities, BitSet changed, BuildCache cache, OutputWriter out,
      Optional<URI> base) {
    ListingViews listingViews = new ListingViews(views);
    site.listings(archive, listingViews, options.config().pageSize(), changed);
    site.overviews(archive, listingViews);
    site.notFound(views);
    site.searchPage(views);
    done("listings");
    if (base.isPresent()) {
      SyndicationFiles syndication = new SyndicationFiles(archive, options.config(),
          base.get(), cache, out);
      syndication.feeds(identities, loader);
      syndication.sitemaps(options.clock());
    }
    done("feeds");
  }

  /**
   * The article pages, kept where no edit can have reached them ({@link ArticlePageFiles}) or
   * written. A rebuild writes few, on one thread for most of the time they take, and the search
   * index's files need nothing of them: unless {@code searching} makes them already,
   * {@code searchFiles} makes them meanwhile. Returns what makes them, or null in a build that
   * writes many pages, which has both cores busy and a heap to share: the caller makes them.
   */
  private CompletableFuture<Void> articles(SitePages site, Archive archive,
      RelatedLists related, ArticleViews views, BitSet changed,
      SearchIndexBuilder search, BuildCache cache, CompletableFuture<Void> searching,
      Runnable searchFiles) {
    KeyInputs archiveInputs = views.archiveInputs();
    ArticlePageFiles pageFiles = ArticlePageFiles.previous(cache,
        Digests.quick(archiveInputs.bytes(), 0, archiveInputs.size()), changed, related);
    int[] toWrite = site.keepArticles(archive, pageFiles,
        heap.pagesByBodies(archive.articles().size()));
    if (searching == null && 4L * toWrite.length < archive.articles().size()) {
      searching = CompletableFuture.runAsync(searchFiles, Tasks.daemon("broadsheet-search"));
    }
    try (FragmentGroups groups = search.fragments(heap.fragmentBudget())) {
      SearchFragmentFiles fragments = site.fragments(archive, views, groups, pageFiles);
      fragments.keep();
      site.writeArticles(archive, toWrite, related, views, fragments, pageFiles);
      fragments.writeRest();
      pageFiles.keepFor(cache, related);
    } catch (RuntimeException | Error e) {
      Tasks.settled(searching);
      throw e;
    }
    done("articles");
    return searching;
  }

  /** Gives the search index every article's year and section, by its place in the archive. */
  private static void placeInSearch(Archive archive, SearchIndexBuilder search) {
    List<Article> articles = archive.articles();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      search.add(i, a.date().map(d -> d.value().getYear()).orElse(0), a.section());
    }
  }

  /**
   * Whether the search index's files can be made while the listings, the feeds and the related
   * stories are: in a rebuild that read few articles afresh, whose index is mostly kept (0.3 s
   * of a rebuild of 100,000 after one edit, on fewer than two cores), when the heap has room
   * ({@link HeapPlan#roomBeside}). The cores are otherwise idle for part of the related
   * stories' end and of the article pages.
   */
  private boolean searchBeside(int articles) {
    return 4L * readAfresh < articles && heap.roomBeside(articles);
  }
}
