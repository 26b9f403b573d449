package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.Listing;
import dev.broadsheet.archive.Paging;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.config.Version;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.content.SlugAssigner;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.feed.Feeds;
import dev.broadsheet.markdown.MarkdownService;
import dev.broadsheet.render.ArticleView;
import dev.broadsheet.render.ArticleViews;
import dev.broadsheet.render.ListingViews;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.render.Theme;
import dev.broadsheet.render.Views;
import dev.broadsheet.search.SearchDocument;
import dev.broadsheet.search.SearchIndexBuilder;
import dev.broadsheet.sitemap.Sitemaps;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Builds a site, one named stage after another (see {@link #run()}). Articles are read and pages
 * rendered in parallel; the order of everything written is fixed by sorting, never by thread or
 * file-system order, so the same input gives byte-identical output.
 */
public final class SiteBuilder {
  /** Index order: newest first, undated last, ties and undated by source path. */
  public static final Comparator<Article> INDEX_ORDER = Comparator
      .comparing((Article a) -> a.date().isEmpty())
      .thenComparing((Article a) -> a.date().map(d -> d.value().toInstant()).orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(a -> a.source().relativePath());

  private final BuildOptions options;
  private final ArticleLoader loader;
  private final Theme theme;
  private final List<Warning> warnings = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final AtomicInteger pages = new AtomicInteger();

  private SiteBuilder(BuildOptions options) {
    this.options = options;
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
    return new SiteBuilder(options).run();
  }

  private BuildResult run() {
    long start = System.nanoTime();
    checkFolders();
    TemplateEngine templates = new TemplateEngine(theme);
    ArticleScanner.Scan scan = ArticleScanner.scan(options.articles());
    warnings.addAll(scan.warnings());
    RelatedStories related = new RelatedStories();
    List<Article> articles = load(scan.articles(), related);
    articles = uniqueSlugs(articles);
    Archive archive = Archive.of(articles.stream().sorted(INDEX_ORDER).toList());
    int[][] relatedLists = related.compute(archive);
    Optional<URI> base = options.config().baseUrl();
    if (base.isEmpty()) {
      warnings.add(Warning.site("no base URL: feeds, sitemaps and robots.txt were not written;"
          + " set base_url in broadsheet.yaml or pass --base-url"));
    }
    boolean written;
    try (OutputWriter out = OutputWriter.open(options.out())) {
      Views views = new Views(options.config(), "Broadsheet " + Version.get(), archive,
          base.isPresent());
      SearchIndexBuilder search = new SearchIndexBuilder(archive.articles().size());
      renderArticles(archive, relatedLists, new ArticleViews(views), search, templates, out);
      search.writeTo(out::write);
      renderListings(archive, new ListingViews(views), templates, out);
      renderOverviews(archive, new ListingViews(views), templates, out);
      renderNotFound(views, templates, out);
      renderSearchPage(views, templates, out);
      if (base.isPresent()) {
        writeFeeds(archive, base.get(), out);
        writeSitemaps(archive, base.get(), out);
      }
      copyAssets(out);
      // With --strict a warning is an error: the staged site is dropped, the old one stays.
      written = !(options.strict() && !warnings.isEmpty());
      if (written) {
        out.commit();
      }
    }
    warnings.sort(Comparator.naturalOrder());
    return new BuildResult(scan.articles().size(), pages.get(), warnings, scan.skipped(),
        Duration.ofNanos(System.nanoTime() - start), failures, written);
  }

  private void checkFolders() {
    Path articles = options.articles().toAbsolutePath().normalize();
    Path out = options.out().toAbsolutePath().normalize();
    if (!Files.isDirectory(articles)) {
      throw new BuildException("articles folder " + options.articles() + " does not exist");
    }
    if (options.templates().isPresent() && !Files.isDirectory(options.templates().get())) {
      throw new BuildException("templates folder " + options.templates().get()
          + " does not exist");
    }
    List<Path> inputs = new ArrayList<>(List.of(articles));
    options.templates().ifPresent(t -> inputs.add(t.toAbsolutePath().normalize()));
    for (Path input : inputs) {
      if (input.startsWith(out) || out.startsWith(input)) {
        throw new BuildException("the output folder " + options.out()
            + " must not be, contain or be inside the input folder " + input);
      }
    }
  }

  /**
   * Reads every article in parallel and keeps those to publish; the first failure in path order
   * is thrown, or with keep-going every failure is listed and the article left out. Each
   * published article's text goes to the related-stories index as it is read, so no text is
   * kept.
   */
  private List<Article> load(List<SourceFile> files, RelatedStories related) {
    List<Object> results = IntStream.range(0, files.size()).parallel().mapToObj(i -> {
      try {
        ArticleLoader.Loaded loaded = loader.load(files.get(i));
        if (publishable(loaded.article())) {
          related.add(loaded.article(), loaded.text().get());
        }
        return (Object) loaded;
      } catch (ContentException e) {
        return e;
      } catch (RuntimeException | StackOverflowError e) {
        // A bug, but one file's: name it, so the user knows which file to set aside.
        return new ContentException(files.get(i).relativePath(), 0, "cannot be built, an"
            + " internal error (" + e + "); please report it", e);
      }
    }).toList();
    List<Article> articles = new ArrayList<>(files.size());
    for (Object r : results) {
      if (r instanceof ContentException e) {
        if (!options.keepGoing()) {
          throw e;
        }
        failures.add(e.getMessage());
        continue;
      }
      ArticleLoader.Loaded loaded = (ArticleLoader.Loaded) r;
      warnings.addAll(loaded.warnings());
      if (publishable(loaded.article())) {
        articles.add(loaded.article());
      }
    }
    return articles;
  }

  /** Drafts and articles dated after the build clock wait unless asked for. */
  private boolean publishable(Article a) {
    if (a.draft() && !options.drafts()) {
      return false;
    }
    return options.future() || a.date().isEmpty()
        || !a.date().get().value().toInstant().isAfter(options.clock());
  }

  private List<Article> uniqueSlugs(List<Article> articles) {
    SlugAssigner.Result result = SlugAssigner.assign(articles);
    warnings.addAll(result.warnings());
    return result.articles();
  }

  /**
   * One page per article, each rendered from a fresh read so bodies are not all held at once;
   * the text read goes to the search index on the way.
   */
  private void renderArticles(Archive archive, int[][] related, ArticleViews views,
      SearchIndexBuilder search, TemplateEngine templates, OutputWriter out) {
    List<Article> articles = archive.articles();
    IntStream.range(0, articles.size()).parallel().forEach(i -> {
      Article a = articles.get(i);
      ArticleLoader.Loaded loaded = loader.load(a.source());
      ArticleView view = views.article(i, loaded.bodyHtml().get(), related[i]);
      out.write(SitePaths.article(a.slug()), templates.render(TemplateEngine.ARTICLE, view));
      search.add(i, new SearchDocument(SitePaths.article(a.slug()), a.headline(), view.date(),
          view.dateText(), a.section(), a.date().map(d -> d.value().getYear()).orElse(0),
          a.summary(), loaded.text().get()));
    });
    pages.addAndGet(articles.size());
  }

  /** Every page of every listing: front page, years, months, undated, terms. */
  private void renderListings(Archive archive, ListingViews views, TemplateEngine templates,
      OutputWriter out) {
    record Page(Listing listing, Paging paging) {}
    List<Page> all = new ArrayList<>();
    for (Listing listing : Listing.all(archive)) {
      for (Paging paging : listing.pages(options.config().pageSize())) {
        all.add(new Page(listing, paging));
      }
    }
    all.parallelStream().forEach(p -> out.write(SitePaths.page(p.listing().folder(),
        p.paging().number()), templates.render(TemplateEngine.LISTING,
        views.listing(p.listing(), p.paging()))));
    pages.addAndGet(all.size());
  }

  private void renderOverviews(Archive archive, ListingViews views, TemplateEngine templates,
      OutputWriter out) {
    out.write(SitePaths.ARCHIVE + SitePaths.INDEX,
        templates.render(TemplateEngine.ARCHIVE, views.archive()));
    pages.incrementAndGet();
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        out.write(SitePaths.terms(kind), templates.render(TemplateEngine.TERMS,
            views.terms(kind)));
        pages.incrementAndGet();
      }
    }
  }

  private void renderNotFound(Views views, TemplateEngine templates, OutputWriter out) {
    out.write(SitePaths.NOT_FOUND, templates.render(TemplateEngine.NOT_FOUND, views.notFound()));
    pages.incrementAndGet();
  }

  private void renderSearchPage(Views views, TemplateEngine templates, OutputWriter out) {
    out.write(SitePaths.SEARCH, templates.render(TemplateEngine.SEARCH, views.search()));
    pages.incrementAndGet();
  }

  private void writeFeeds(Archive archive, URI base, OutputWriter out) {
    Map<String, byte[]> files = Feeds.of(archive, options.config(), base,
        a -> loader.load(a.source()).bodyHtml().get());
    files.forEach(out::write);
  }

  private void writeSitemaps(Archive archive, URI base, OutputWriter out) {
    Sitemaps.of(archive, options.config(), base, options.clock()).forEach(out::write);
  }

  private void copyAssets(OutputWriter out) {
    for (String name : theme.assetNames()) {
      theme.find(name).ifPresent(source -> out.write(name, source.bytes()));
    }
  }
}
