package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.Caption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the view records templates receive from the archive's plain data: formats dates in the
 * site's language, works out relative links and the metadata in each page's head.
 */
public final class Views {
  private final SiteConfig config;
  private final SiteView site;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateTimeFormat;

  public Views(SiteConfig config, String generator) {
    this.config = config;
    this.site = new SiteView(config.title(), config.description(), config.language(), generator);
    Locale locale = Locale.forLanguageTag(config.language());
    this.dateFormat = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", locale);
  }

  /** The front page listing {@code articles}, which are in index order. */
  public IndexView index(List<Article> articles) {
    String path = SitePaths.INDEX;
    List<ArticleCard> cards = new ArrayList<>(articles.size());
    for (Article a : articles) {
      cards.add(card(a, path));
    }
    PageView page = new PageView(site, SitePaths.root(path), path, config.title(),
        config.title(), config.description(), canonical(path), "website", List.of(), "", true);
    return new IndexView(page, cards, articles.size());
  }

  /**
   * An article page.
   *
   * @param older the next older article in index order, if any
   * @param newer the next newer article, if any
   */
  public ArticleView article(Article a, String bodyHtml, Optional<Article> older,
      Optional<Article> newer) {
    String path = SitePaths.article(a.slug());
    String canonical = canonical(path);
    List<PageView.MetaTag> meta = new ArrayList<>();
    a.date().ifPresent(d -> meta.add(new PageView.MetaTag("article:published_time", iso(d))));
    a.updated().ifPresent(d -> meta.add(new PageView.MetaTag("article:modified_time", iso(d))));
    if (!a.section().isEmpty()) {
      meta.add(new PageView.MetaTag("article:section", a.section()));
    }
    for (String tag : a.tags()) {
      meta.add(new PageView.MetaTag("article:tag", tag));
    }
    String description = a.dek().isEmpty() ? a.summary() : a.dek();
    PageView page = new PageView(site, SitePaths.root(path), path,
        a.headline() + " \u2013 " + config.title(), a.headline(), description, canonical,
        "article", meta,
        JsonLd.newsArticle(a, config.title(), canonical, config.language()), false);
    return new ArticleView(page, a.headline(), a.dek(), byline(a.authors()), a.authors(),
        a.publication(), a.date().map(Views::iso).orElse(""), a.date().map(this::text).orElse(""),
        a.updated().map(Views::iso).orElse(""), a.updated().map(this::text).orElse(""),
        a.section(), a.tags(), bodyHtml, a.caption().map(Views::caption), a.readingMinutes(),
        a.wordCount(), older.map(o -> link(o, path)), newer.map(n -> link(n, path)), a.extra());
  }

  private ArticleCard card(Article a, String fromPath) {
    return new ArticleCard(relative(fromPath, SitePaths.article(a.slug())), a.headline(),
        a.date().map(Views::iso).orElse(""), a.date().map(d -> dateFormat.format(d.value()))
            .orElse(""), a.section(), a.summary(), a.readingMinutes());
  }

  private ArticleView.LinkView link(Article to, String fromPath) {
    return new ArticleView.LinkView(relative(fromPath, SitePaths.article(to.slug())),
        to.headline());
  }

  private static ArticleView.CaptionView caption(Caption c) {
    return new ArticleView.CaptionView(c.label(), c.text(), c.credit());
  }

  private String text(ArticleDate d) {
    return (d.dateOnly() ? dateFormat : dateTimeFormat).format(d.value());
  }

  /** ISO 8601: a date alone when only a date is known, else a date-time with offset. */
  static String iso(ArticleDate d) {
    return d.dateOnly() ? DateTimeFormatter.ISO_LOCAL_DATE.format(d.value())
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.value());
  }

  private String canonical(String path) {
    return config.baseUrl().map(base -> base.resolve(path).toString()).orElse("");
  }

  /** A link from the page at {@code from} to the file at {@code to}, both site paths. */
  static String relative(String from, String to) {
    return SitePaths.root(from) + to;
  }

  /** "A", "A and B", "A, B and C". */
  static String byline(List<String> authors) {
    int n = authors.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return authors.get(0);
    }
    return String.join(", ", authors.subList(0, n - 1)) + " and " + authors.get(n - 1);
  }
}
