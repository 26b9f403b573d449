package dev.broadsheet.site;

import dev.broadsheet.config.Version;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.ContentException;
import dev.broadsheet.content.SlugAssigner;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.Warning;
import dev.broadsheet.markdown.MarkdownService;
import dev.broadsheet.render.SitePaths;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.render.Theme;
import dev.broadsheet.render.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds a site, one named stage after another. Articles are read and pages rendered in parallel;
 * the order of everything written is fixed by sorting, never by thread or file-system order, so
 * the same input gives byte-identical output.
 */
public final class SiteBuilder {
  /** Index order: newest first, undated last, ties and undated by source path. */
  public static final Comparator<Article> INDEX_ORDER = Comparator
      .comparing((Article a) -> a.date().isEmpty())
      .thenComparing((Article a) -> a.date().map(d -> d.value().toInstant()).orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(a -> a.source().relativePath());

  private final BuildOptions options;
  private final MarkdownService markdown = MarkdownService.create();
  private final ArticleLoader loader;
  private final List<Warning> warnings = new ArrayList<>();

  private SiteBuilder(BuildOptions options) {
    this.options = options;
    this.loader = new ArticleLoader(options.config(), markdown);
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
    TemplateEngine templates = new TemplateEngine(new Theme(options.templates()));
    ArticleScanner.Scan scan = ArticleScanner.scan(options.articles());
    List<Article> articles = load(scan.articles());
    articles = publishable(articles);
    articles = uniqueSlugs(articles);
    articles = sortForIndex(articles);
    int pages;
    try (OutputWriter out = OutputWriter.open(options.out())) {
      Views views = new Views(options.config(), "Broadsheet " + Version.get());
      pages = renderArticles(articles, templates, views, out);
      pages += renderIndex(articles, templates, views, out);
      copyAssets(out);
      out.commit();
    }
    warnings.sort(Comparator.naturalOrder());
    return new BuildResult(scan.articles().size(), pages, warnings, scan.skipped(),
        Duration.ofNanos(System.nanoTime() - start));
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

  /** Reads every article in parallel; the first failure in path order is reported. */
  private List<Article> load(List<SourceFile> files) {
    List<Object> results = files.parallelStream().map(f -> {
      try {
        return (Object) loader.load(f);
      } catch (ContentException e) {
        return e;
      }
    }).toList();
    List<Article> articles = new ArrayList<>(files.size());
    for (Object r : results) {
      if (r instanceof ContentException e) {
        throw e;
      }
      ArticleLoader.Loaded loaded = (ArticleLoader.Loaded) r;
      articles.add(loaded.article());
      warnings.addAll(loaded.warnings());
    }
    return articles;
  }

  private List<Article> publishable(List<Article> articles) {
    return options.drafts() ? articles : articles.stream().filter(a -> !a.draft()).toList();
  }

  private List<Article> uniqueSlugs(List<Article> articles) {
    SlugAssigner.Result result = SlugAssigner.assign(articles);
    warnings.addAll(result.warnings());
    return result.articles();
  }

  private static List<Article> sortForIndex(List<Article> articles) {
    return articles.stream().sorted(INDEX_ORDER).toList();
  }

  /** One page per article, each rendered from a fresh read so bodies are not all held at once. */
  private int renderArticles(List<Article> articles, TemplateEngine templates, Views views,
      OutputWriter out) {
    IntStream.range(0, articles.size()).parallel().forEach(i -> {
      Article a = articles.get(i);
      Optional<Article> older = i + 1 < articles.size() ? Optional.of(articles.get(i + 1))
          : Optional.empty();
      Optional<Article> newer = i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty();
      String body = loader.load(a.source()).bodyHtml().get();
      out.write(SitePaths.article(a.slug()),
          templates.render(TemplateEngine.ARTICLE, views.article(a, body, older, newer)));
    });
    return articles.size();
  }

  private static int renderIndex(List<Article> articles, TemplateEngine templates, Views views,
      OutputWriter out) {
    out.write(SitePaths.INDEX, templates.render(TemplateEngine.INDEX, views.index(articles)));
    return 1;
  }

  private void copyAssets(OutputWriter out) {
    Theme theme = new Theme(options.templates());
    for (String name : theme.assetNames()) {
      theme.find(name).ifPresent(source -> out.write(name, source.bytes()));
    }
  }
}
