package dev.broadsheet.archive;

/**
 * One page of a paginated listing.
 *
 * @param number the page, from 1
 * @param count  how many pages the listing has, at least 1 (an empty listing is one empty page)
 * @param from   index of the first item on this page
 * @param to     index after the last item on this page
 */
public record Paging(int number, int count, int from, int to) {

  /** Every page of a listing of {@code items} items, {@code size} to a page. */
  public static Paging[] of(int items, int size) {
    int count = Math.max(1, (items + size - 1) / size);
    Paging[] pages = new Paging[count];
    for (int i = 0; i < count; i++) {
      pages[i] = new Paging(i + 1, count, i * size, Math.min(items, (i + 1) * size));
    }
    return pages;
  }

  public boolean isFirst() {
    return number == 1;
  }

  public boolean isLast() {
    return number == count;
  }
}
