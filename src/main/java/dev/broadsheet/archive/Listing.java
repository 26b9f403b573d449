package dev.broadsheet.archive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A paginated list of articles with its own pages: the front page, a year, a month, the
 * undated articles, or a term. Rendering and the sitemap both enumerate listings from here, so
 * they always agree on which pages exist.
 *
 * @param folder    where its pages live ("" for the front page, else ending in "/")
 * @param positions its articles' positions in index order
 * @param term      the term it lists, for term listings
 * @param month     the month it lists, for month listings
 * @param year      the year it lists, for year listings; 0 otherwise
 */
public record Listing(String folder, int[] positions, Optional<Term> term,
    Optional<YearMonth> month, int year) {

  public boolean isFront() {
    return folder.isEmpty();
  }

  public boolean isUndated() {
    return folder.equals(SitePaths.undated());
  }

  /** The pages of this listing at {@code pageSize} articles a page. */
  public Paging[] pages(int pageSize) {
    return Paging.of(positions.length, pageSize);
  }

  /** The newest article of the listing, its position, or -1 when the listing is empty. */
  public int newest() {
    return positions.length == 0 ? -1 : positions[0];
  }

  /** Every listing of the archive: front page, years, months, undated, then each term. */
  public static List<Listing> all(Archive archive) {
    List<Listing> listings = new ArrayList<>();
    int[] everything = new int[archive.articles().size()];
    for (int i = 0; i < everything.length; i++) {
      everything[i] = i;
    }
    listings.add(new Listing("", everything, Optional.empty(), Optional.empty(), 0));
    for (Map.Entry<Integer, int[]> y : archive.years().entrySet()) {
      listings.add(new Listing(SitePaths.year(y.getKey()), y.getValue(), Optional.empty(),
          Optional.empty(), y.getKey()));
    }
    for (Map.Entry<YearMonth, int[]> m : archive.months().entrySet()) {
      listings.add(new Listing(SitePaths.month(m.getKey()), m.getValue(), Optional.empty(),
          Optional.of(m.getKey()), 0));
    }
    if (archive.undated().length > 0) {
      listings.add(new Listing(SitePaths.undated(), archive.undated(), Optional.empty(),
          Optional.empty(), 0));
    }
    for (TermKind kind : TermKind.values()) {
      for (Term t : archive.taxonomy(kind).terms()) {
        listings.add(new Listing(t.folder(), t.articles(), Optional.of(t), Optional.empty(), 0));
      }
    }
    return listings;
  }
}
