package dev.broadsheet.render;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.Listing;
import dev.broadsheet.archive.Paging;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.archive.Taxonomy;
import dev.broadsheet.archive.Term;
import dev.broadsheet.archive.TermKind;
import dev.broadsheet.content.Article;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the views of listing pages, term overviews and the date archive. */
public final class ListingViews {
  /** Page numbers shown on each side of the current page before a gap. */
  private static final int WINDOW = 2;

  private final Views views;

  public ListingViews(Views views) {
    this.views = views;
  }

  /** A listing's kicker (what kind of listing it is) and heading. */
  private record Heading(String kicker, String text) {}

  /** Page {@code paging} of {@code listing}. */
  public ListingView listing(Listing listing, Paging paging) {
    Heading heading = heading(listing);
    Optional<Term> section = listing.term().filter(t -> t.kind() == TermKind.SECTION);
    return listing(listing.folder(), heading.kicker(), heading.text(), listing.positions(),
        paging, section);
  }

  /**
   * What page {@code paging} of {@code listing} is made from, besides the settings, the theme
   * and Broadsheet itself: pages whose inputs are equal are equal, so a page can be kept without
   * building its view. {@code identity} names an article by everything read from it (its file
   * and content). Whatever {@link #listing(Listing, Paging)} reads must be here. Spelled into
   * {@code in}, emptied first: a rebuild keys every page of every listing, some 100 MB of
   * inputs for 100,000 articles if each page had its own. They begin with what every page of
   * the listing shares ({@link #listingInputs}), then name the page and its articles.
   */
  public KeyInputs inputs(Listing listing, Paging paging, ArticleIdentity identity,
      KeyInputs in) {
    listingInputs(listing, paging.count(), in).number(paging.number());
    for (int i = paging.from(); i < paging.to(); i++) {
      views.addArticle(in, listing.positions()[i], identity);
    }
    return in;
  }

  /**
   * What every page of {@code listing}, in {@code pages} pages, is made from besides its own
   * number and articles: the start of each page's {@link #inputs}. Spelled into {@code in},
   * emptied first. So two pages with these inputs, the same number and the same articles are
   * the same page.
   */
  public KeyInputs listingInputs(Listing listing, int pages, KeyInputs in) {
    in.clear();
    views.addSharedInputs(in);
    Heading heading = heading(listing);
    in.text(listing.folder()).text(heading.kicker()).text(heading.text())
        .number(listing.positions().length).number(pages);
    Optional<Term> section = listing.term().filter(t -> t.kind() == TermKind.SECTION);
    in.number(section.isPresent() ? 1 : 0);
    section.ifPresent(t -> in.text(t.folder()).text(t.name()));
    return in;
  }

  private Heading heading(Listing listing) {
    if (listing.isFront()) {
      return new Heading("", "Latest");
    } else if (listing.term().isPresent()) {
      return new Heading(listing.term().get().kind().singular(), listing.term().get().name());
    } else if (listing.month().isPresent()) {
      return new Heading("Archive", views.month(listing.month().get()));
    } else if (listing.year() != 0) {
      return new Heading("Archive", String.valueOf(listing.year()));
    }
    return new Heading("Archive", "Undated articles");
  }

  private ListingView listing(String folder, String kicker, String heading, int[] positions,
      Paging paging, Optional<Term> section) {
    String path = SitePaths.page(folder, paging.number());
    Archive archive = views.archive();
    List<ArticleCard> cards = new ArrayList<>(paging.to() - paging.from());
    for (int i = paging.from(); i < paging.to(); i++) {
      cards.add(views.card(archive.articles().get(positions[i]), path));
    }
    String title = paging.number() > 1 ? heading + ", page " + paging.number() : heading;
    String description = path.equals(SitePaths.INDEX) ? views.config().description()
        : (kicker.isEmpty() ? "" : kicker + ": ") + heading + " \u2013 " + positions.length
            + (positions.length == 1 ? " article" : " articles");
    PageView page = views.page(path, title, description, "website", List.of(), "", section);
    return new ListingView(page, kicker, heading, positions.length, cards,
        pagination(folder, paging, path));
  }

  private static PaginationView pagination(String folder, Paging paging, String from) {
    int n = paging.number();
    int count = paging.count();
    List<PaginationView.PageLink> pages = new ArrayList<>();
    int last = 0;
    for (int p = 1; p <= count; p++) {
      boolean shown = p == 1 || p == count || Math.abs(p - n) <= WINDOW;
      if (!shown) {
        continue;
      }
      if (p > last + 1) {
        pages.add(new PaginationView.PageLink(0, "", false, true));
      }
      pages.add(new PaginationView.PageLink(p, url(folder, p, from), p == n, false));
      last = p;
    }
    return new PaginationView(n, count, n > 1 ? url(folder, 1, from) : "",
        n > 1 ? url(folder, n - 1, from) : "", n < count ? url(folder, n + 1, from) : "",
        n < count ? url(folder, count, from) : "", pages);
  }

  private static String url(String folder, int page, String from) {
    return SitePaths.relative(from, SitePaths.page(folder, page));
  }

  /** The overview of every term of {@code kind}. */
  public TermsView terms(TermKind kind) {
    String path = SitePaths.terms(kind);
    Taxonomy taxonomy = views.archive().taxonomy(kind);
    List<TermsView.Entry> entries = new ArrayList<>(taxonomy.terms().size());
    for (Term t : taxonomy.terms()) {
      entries.add(new TermsView.Entry(t.name(), SitePaths.relative(path,
          t.folder() + SitePaths.INDEX), t.count()));
    }
    PageView page = views.page(path, kind.plural(), "Every " + kind.singular().toLowerCase(
        views.locale()) + " in the archive, with its number of articles", "website", List.of(),
        "", Optional.empty());
    return new TermsView(page, kind.plural(), entries);
  }

  /** The date archive's overview: years by months. */
  public ArchiveView archive() {
    String path = SitePaths.ARCHIVE + SitePaths.INDEX;
    Archive archive = views.archive();
    Map<YearMonth, int[]> months = archive.months();
    List<ArchiveView.Year> years = new ArrayList<>();
    for (Map.Entry<Integer, int[]> y : archive.years().entrySet()) {
      List<ArchiveView.Month> cells = new ArrayList<>(12);
      for (int m = 1; m <= 12; m++) {
        YearMonth ym = YearMonth.of(y.getKey(), m);
        int[] list = months.get(ym);
        cells.add(new ArchiveView.Month(views.month(ym), list == null ? ""
            : SitePaths.relative(path, SitePaths.month(ym) + SitePaths.INDEX),
            list == null ? 0 : list.length));
      }
      years.add(new ArchiveView.Year(y.getKey(), SitePaths.relative(path,
          SitePaths.year(y.getKey()) + SitePaths.INDEX), y.getValue().length, cells));
    }
    List<String> names = new ArrayList<>(12);
    for (Month m : Month.values()) {
      names.add(m.getDisplayName(TextStyle.SHORT, views.locale()));
    }
    int undated = archive.undated().length;
    PageView page = views.page(path, "Archive", "Every article by year and month",
        "website", List.of(), "", Optional.empty());
    return new ArchiveView(page, years, names, undated, undated == 0 ? ""
        : SitePaths.relative(path, SitePaths.undated() + SitePaths.INDEX));
  }
}
