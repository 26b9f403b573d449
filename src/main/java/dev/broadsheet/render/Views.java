package dev.broadsheet.render;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.Term;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleDate;
import dev.broadsheet.content.ArticleTexts;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every view needs: the site, the page skeleton with its navigation and feeds, dates in
 * the site's language, and links between pages. {@link ArticleViews} and {@link ListingViews}
 * build the page-specific views on top of it.
 */
public final class Views {
  private final SiteConfig config;
  private final SiteView site;
  private final Archive archive;
  /**
   * What {@link #addTerm} adds for each name of each kind, worked out once: pages name the
   * terms of the articles they show half a million times in a large archive.
   */
  private final Map<TermKind, Map<String, byte[]>> termInputs = new EnumMap<>(TermKind.class);
  /** What {@link #addSharedInputs} adds: which kinds of term have pages. */
  private final byte[] sharedInputs;
  private final boolean feeds;
  private final Locale locale;
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter dateTimeFormat;
  private final DateTimeFormatter monthFormat;

  /**
   * @param feeds whether the site has feeds to link to (it does when it has a base URL)
   */
  public Views(SiteConfig config, String generator, Archive archive, boolean feeds) {
    this.config = config;
    this.site = new SiteView(config.title(), config.description(), config.language(), generator);
    this.archive = archive;
    KeyInputs shared = new KeyInputs(16);
    for (TermKind kind : TermKind.values()) {
      termInputs.put(kind, new ConcurrentHashMap<>());
      shared.number(archive.taxonomy(kind).terms().isEmpty() ? 0 : 1);
    }
    this.sharedInputs = Arrays.copyOf(shared.bytes(), shared.size());
    this.feeds = feeds;
    this.locale = Locale.forLanguageTag(config.language());
    this.dateFormat = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", locale);
    this.monthFormat = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
  }

  SiteConfig config() {
    return config;
  }

  Archive archive() {
    return archive;
  }

  Locale locale() {
    return locale;
  }

  /** The page skeleton for the page at {@code path}. */
  PageView page(String path, String heading, String description, String ogType,
      List<PageView.MetaTag> meta, String jsonLd, Optional<Term> section) {
    boolean home = path.equals(SitePaths.INDEX);
    String title = home ? config.title() : heading + " \u2013 " + config.title();
    return new PageView(site, SitePaths.root(path), path, title, heading, description,
        canonical(path), ogType, meta, jsonLd, home, nav(path), feedLinks(path, section));
  }

  /**
   * Adds what every page's skeleton is made from beyond the settings: which kinds of terms the
   * navigation links to.
   */
  void addSharedInputs(KeyInputs in) {
    in.fixed(sharedInputs, 0, sharedInputs.length);
  }

  /**
   * Adds an article as a link or card shows it: the article itself, named by
   * {@code identity}, and where its page is.
   */
  void addArticle(KeyInputs in, int position, ArticleIdentity identity) {
    identity.addTo(in, position);
  }

  /** Adds the page of the term {@code name} of {@code kind} links go to, if it has one. */
  void addTerm(KeyInputs in, TermKind kind, String name) {
    Map<String, byte[]> ofKind = termInputs.get(kind);
    // Looked up before any is worked out: a lambda made for every look-up was a third of it.
    byte[] bytes = ofKind.get(name);
    if (bytes == null) {
      bytes = ofKind.computeIfAbsent(name, n -> {
        Optional<Term> term = archive.taxonomy(kind).find(n);
        KeyInputs inputs = new KeyInputs(64).number(term.isPresent() ? 1 : 0);
        term.ifPresent(t -> inputs.text(t.folder()).text(t.name()));
        return Arrays.copyOf(inputs.bytes(), inputs.size());
      });
    }
    in.fixed(bytes, 0, bytes.length);
  }

  /**
   * Adds everything {@link #addSharedInputs} and {@link #addTerm} can add for any article: which
   * kinds of term have pages, and every term's name and page. Where these are as they were, a
   * page's terms are named by its article alone.
   */
  public void addTermPages(KeyInputs in) {
    addSharedInputs(in);
    for (TermKind kind : TermKind.values()) {
      List<Term> terms = archive.taxonomy(kind).terms();
      in.number(terms.size());
      for (Term term : terms) {
        in.text(term.key()).text(term.name()).text(term.folder());
      }
    }
  }

  /** The search page. */
  public SearchView search() {
    return new SearchView(page(SitePaths.SEARCH, "Search", "Search the archive", "website",
        List.of(), "", Optional.empty()));
  }

  /** The 404 page's skeleton: absolute links when the base URL is known. */
  public NotFoundView notFound() {
    String path = SitePaths.NOT_FOUND;
    PageView relative = page(path, "Page not found", "There is no page at this address.",
        "website", List.of(), "", Optional.empty());
    String root = config.baseUrl().map(Object::toString).orElse(relative.root());
    List<PageView.NavLink> nav = config.baseUrl().isEmpty() ? relative.nav()
        : relative.nav().stream().map(n -> new PageView.NavLink(n.text(),
            root + n.url(), false)).toList();
    return new NotFoundView(new PageView(relative.site(), root, path, relative.title(),
        relative.heading(), relative.description(), "", "website", List.of(), "", false, nav,
        List.of()));
  }

  private List<PageView.NavLink> nav(String path) {
    List<PageView.NavLink> links = new ArrayList<>();
    links.add(navLink(path, "Latest", SitePaths.INDEX, path.equals(SitePaths.INDEX)
        || path.startsWith("page/")));
    links.add(navLink(path, "Archive", SitePaths.ARCHIVE + SitePaths.INDEX,
        path.startsWith(SitePaths.ARCHIVE)));
    for (TermKind kind : TermKind.values()) {
      if (!archive.taxonomy(kind).terms().isEmpty()) {
        links.add(navLink(path, kind.plural(), SitePaths.terms(kind),
            path.startsWith(kind.folder())));
      }
    }
    return links;
  }

  private static PageView.NavLink navLink(String from, String text, String to, boolean current) {
    return new PageView.NavLink(text, SitePaths.relative(from, to), current);
  }

  private List<PageView.FeedLink> feedLinks(String from, Optional<Term> section) {
    List<PageView.FeedLink> links = new ArrayList<>();
    if (!feeds) {
      return links;
    }
    addFeeds(links, from, "", config.title());
    section.ifPresent(s -> addFeeds(links, from, s.folder(), config.title() + ": " + s.name()));
    return links;
  }

  private static void addFeeds(List<PageView.FeedLink> links, String from, String folder,
      String title) {
    links.add(new PageView.FeedLink("application/atom+xml", title + " (Atom)",
        SitePaths.relative(from, folder + SitePaths.ATOM)));
    links.add(new PageView.FeedLink("application/rss+xml", title + " (RSS)",
        SitePaths.relative(from, folder + SitePaths.RSS)));
    links.add(new PageView.FeedLink("application/feed+json", title + " (JSON Feed)",
        SitePaths.relative(from, folder + SitePaths.JSON_FEED)));
  }

  /** An article in a listing on the page at {@code fromPath}. */
  ArticleCard card(Article a, String fromPath) {
    ArticleTexts texts = a.texts();
    return new ArticleCard(SitePaths.relative(fromPath, SitePaths.article(a.slug())),
        texts.headline(), a.date().map(Views::iso).orElse(""),
        a.date().map(d -> dateFormat.format(d.value())).orElse(""), a.section(),
        texts.summary(), a.readingMinutes());
  }

  /** Links from the page at {@code fromPath} to the pages of {@code names}, as a run. */
  List<TermLink> termLinks(TermKind kind, List<String> names, String fromPath) {
    List<TermLink> links = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String separator = i == 0 ? "" : i == names.size() - 1 ? " and " : ", ";
      Optional<Term> term = archive.taxonomy(kind).find(names.get(i));
      if (term.isPresent()) {
        links.add(new TermLink(names.get(i), SitePaths.relative(fromPath,
            term.get().folder() + SitePaths.INDEX), separator));
      }
    }
    return links;
  }

  String text(ArticleDate d) {
    return (d.dateOnly() ? dateFormat : dateTimeFormat).format(d.value());
  }

  String month(YearMonth month) {
    return monthFormat.format(month);
  }

  /** ISO 8601: a date alone when only a date is known, else a date-time with offset. */
  static String iso(ArticleDate d) {
    return d.dateOnly() ? DateTimeFormatter.ISO_LOCAL_DATE.format(d.value())
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.value());
  }

  String canonical(String path) {
    return config.baseUrl().map(base -> base.resolve(path).toString()).orElse("");
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
