package dev.broadsheet.render;

import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.Term;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleTexts;
import dev.broadsheet.content.Caption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds article pages' views: the article, its neighbours and related stories. */
public final class ArticleViews {
  private final Views views;

  public ArticleViews(Views views) {
    this.views = views;
  }

  /**
   * The page of the article at {@code position} in index order.
   *
   * @param bodyHtml the rendered body
   * @param related  positions of related articles, best first
   */
  public ArticleView article(int position, String bodyHtml, int[] related) {
    List<Article> all = views.archive().articles();
    Article a = all.get(position);
    String path = SitePaths.article(a.slug());
    Optional<Term> section = views.archive().taxonomy(TermKind.SECTION).find(a.section());
    String canonical = views.canonical(path);
    ArticleTexts texts = a.texts();
    String headline = texts.headline();
    String dek = texts.dek();
    String summary = texts.summary();
    String description = dek.isEmpty() ? summary : dek;
    PageView page = views.page(path, headline, description, "article", meta(a),
        JsonLd.newsArticle(a, headline, summary, views.config().title(), canonical,
            views.config().language()),
        section);
    Optional<Article> older = position + 1 < all.size() ? Optional.of(all.get(position + 1))
        : Optional.empty();
    Optional<Article> newer = position > 0 ? Optional.of(all.get(position - 1))
        : Optional.empty();
    List<ArticleCard> relatedCards = new ArrayList<>(related.length);
    for (int r : related) {
      relatedCards.add(views.card(all.get(r), path));
    }
    return new ArticleView(page, headline, dek, Views.byline(a.authors()),
        views.termLinks(TermKind.AUTHOR, a.authors(), path),
        single(TermKind.SOURCE, a.publication(), path),
        date(a), dateText(a),
        a.date().map(d -> SitePaths.relative(path,
            SitePaths.month(YearMonth.from(d.value())) + SitePaths.INDEX)).orElse(""),
        a.updated().map(Views::iso).orElse(""), a.updated().map(views::text).orElse(""),
        single(TermKind.SECTION, a.section(), path),
        views.termLinks(TermKind.TAG, a.tags(), path), bodyHtml,
        a.caption().map(ArticleViews::caption), a.readingMinutes(), a.wordCount(),
        older.map(o -> link(o, path)), newer.map(n -> link(n, path)), relatedCards, a.extra());
  }

  /** The article's date, machine-readable, or empty when it is undated. */
  public String date(Article a) {
    return a.date().map(Views::iso).orElse("");
  }

  /** The article's date as readers see it, or empty when it is undated. */
  public String dateText(Article a) {
    return a.date().map(views::text).orElse("");
  }

  /**
   * What the page of the article at {@code position} is made from, besides the settings, the
   * theme and Broadsheet itself: pages whose inputs are equal are equal, so a page can be kept
   * without building its view. {@code identity} names an article by everything read from it
   * (its file and content). Whatever {@link #article} reads must be here.
   */
  public KeyInputs inputs(int position, int[] related, ArticleIdentity identity) {
    List<Article> all = views.archive().articles();
    Article a = all.get(position);
    KeyInputs in = new KeyInputs(512);
    views.addSharedInputs(in);
    views.addArticle(in, position, identity);
    views.addTerm(in, TermKind.SECTION, a.section());
    views.addTerm(in, TermKind.SOURCE, a.publication());
    in.number(a.authors().size());
    for (String author : a.authors()) {
      views.addTerm(in, TermKind.AUTHOR, author);
    }
    in.number(a.tags().size());
    for (String tag : a.tags()) {
      views.addTerm(in, TermKind.TAG, tag);
    }
    boolean older = position + 1 < all.size();
    in.number(older ? 1 : 0);
    if (older) {
      views.addArticle(in, position + 1, identity);
    }
    in.number(position > 0 ? 1 : 0);
    if (position > 0) {
      views.addArticle(in, position - 1, identity);
    }
    in.number(related.length);
    for (int r : related) {
      views.addArticle(in, r, identity);
    }
    return in;
  }

  /**
   * What every article page's key takes from the archive as a whole rather than from the
   * articles it shows ({@link Views#addTermPages}): where these are as they were, pages whose
   * articles are as they were are too.
   */
  public KeyInputs archiveInputs() {
    KeyInputs in = new KeyInputs(4096);
    views.addTermPages(in);
    return in;
  }

  private Optional<TermLink> single(TermKind kind, String name, String path) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return views.termLinks(kind, List.of(name), path).stream().findFirst();
  }

  private static List<PageView.MetaTag> meta(Article a) {
    List<PageView.MetaTag> meta = new ArrayList<>();
    a.date().ifPresent(d -> meta.add(new PageView.MetaTag("article:published_time",
        Views.iso(d))));
    a.updated().ifPresent(d -> meta.add(new PageView.MetaTag("article:modified_time",
        Views.iso(d))));
    if (!a.section().isEmpty()) {
      meta.add(new PageView.MetaTag("article:section", a.section()));
    }
    for (String tag : a.tags()) {
      meta.add(new PageView.MetaTag("article:tag", tag));
    }
    return meta;
  }

  private static ArticleView.LinkView link(Article to, String fromPath) {
    return new ArticleView.LinkView(SitePaths.relative(fromPath, SitePaths.article(to.slug())),
        to.headline());
  }

  private static ArticleView.CaptionView caption(Caption c) {
    return new ArticleView.CaptionView(c.label(), c.text(), c.credit());
  }
}
